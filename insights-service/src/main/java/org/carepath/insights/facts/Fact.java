package org.carepath.insights.facts;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One upsert of a fact row, for every generation a {@link Generations} names.
 *
 * @param sql        an insert ... select from {@code insights_generation g where %s} ... on conflict, whose
 *                   {@code %s} is the generation filter
 * @param parameters bound as ?1, ?2 ...; null where the event did not say
 */
public record Fact(String sql, List<Object> parameters) {

    public Fact {
        // an event's field may be null: List.of would refuse it
        parameters = Collections.unmodifiableList(Arrays.asList(parameters.toArray()));
    }

    static Fact of(String sql, Object... parameters) {
        return new Fact(sql, Arrays.asList(parameters));
    }

    String sqlFor(Generations generations) {
        return sql.formatted(generations.filter());
    }
}
