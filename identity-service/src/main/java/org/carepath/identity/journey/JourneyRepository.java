package org.carepath.identity.journey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonStatement;
import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<JourneyEntry, UUID> {

    /*
     * The page is read with the SQL client, not the ORM: a reader's list of NHS numbers would make Hibernate
     * translate the query afresh on every read (a plan with a multi-valued parameter is never cached) and
     * hydrate and dirty-check fifty entities it never changes. One statement answers the page, its total and the
     * sector of each entry's organisation.
     */
    private static final PersonStatement PAGE = PersonStatement.of("""
            select e.id, e.nhs_number, e.event_id, e.event_type, e.occurred_at, e.organisation, e.team, e.actor, e.summary,
                   e.recorded_at, e.projected_at, e.source_topic, sector.sector, count(*) over () as total
              from journey_entry e left join organisation_sector sector on sector.organisation = e.organisation
             where e.nhs_number = any(cast($1 as bpchar[]))""");

    private final Pool pool;

    public JourneyRepository(Pool pool) {
        this.pool = pool;
    }

    /** One page of the person's entries (all their NHS numbers), oldest first, as the reader may see them. */
    Uni<JourneyPage> page(List<String> nhsNumbers, JourneyFilter filter, Visibility visibility, int page, int size) {
        return Page.firstResult(page, size)
                .chain(first -> {
                    var statement = pageStatement(nhsNumbers, filter, visibility, size, first);
                    return pool.preparedQuery(statement.sql()).execute(statement.parameters());
                })
                .chain(rows -> rows.size() == 0 && page > 0
                        // past the end: the total still says how many there are
                        ? page(nhsNumbers, filter, visibility, 0, 1)
                                .map(first -> new JourneyPage(new Page<>(List.of(), page, size, first.entries().total()), Map.of()))
                        : Uni.createFrom().item(pageOf(rows, page, size)));
    }

    /*
     * A condition only for each filter and preference that applies: the generic plan of one statement covering
     * every case evaluated them all on every row, and cost PostgreSQL 620 µs of CPU for a page of 50 where this
     * statement without any costs 390 (measured over 1,000 people of the busy region). Few texts result, each
     * prepared once per connection.
     */
    private static PageStatement pageStatement(List<String> nhsNumbers, JourneyFilter filter, Visibility visibility,
            int size, int first) {
        var statement = new PageStatement(nhsNumbers);
        if (filter.from() != null) {
            statement.and("e.occurred_at >= %s", utc(filter.from()));
        }
        if (filter.to() != null) {
            statement.and("e.occurred_at < %s", utc(filter.to()));
        }
        if (!filter.types().isEmpty()) {
            statement.and("e.event_type = any(%s::text[])", filter.types().toArray(String[]::new));
        }
        if (filter.sector() != null) {
            statement.and("e.organisation in (select s.organisation from organisation_sector s where s.sector = %s)",
                    filter.sector());
        }
        var preferences = visibility.preferences();
        if (visibility.readerObjectedTo()) {
            // a reader the person objects to sees only its own organisation's entries
            statement.and("e.organisation = %s", visibility.readerOrganisation());
        } else {
            if (!preferences.organisations().isEmpty()) {
                statement.and("(e.organisation is null or not e.organisation = any(%s::text[]))",
                        preferences.organisations().toArray(String[]::new));
            }
            if (!preferences.sectors().isEmpty()) {
                statement.and("(e.organisation is null or e.organisation not in"
                        + " (select s.organisation from organisation_sector s where s.sector = any(%s::text[])))",
                        preferences.sectors().toArray(String[]::new));
            }
        }
        return statement.page(size, first);
    }

    /** The page's SQL, built a condition at a time, with its parameters numbered as they are added. */
    private static final class PageStatement {

        private final StringBuilder sql;
        private final Tuple parameters = Tuple.tuple();

        PageStatement(List<String> nhsNumbers) {
            sql = new StringBuilder(PAGE.sql(nhsNumbers));
            parameters.addValue(PAGE.numbers(nhsNumbers));
        }

        /** @param condition with {@code %s} where the value's placeholder goes */
        void and(String condition, Object value) {
            parameters.addValue(value);
            sql.append("\n   and ").append(condition.formatted("$" + parameters.size()));
        }

        PageStatement page(int size, int first) {
            parameters.addInteger(size).addInteger(first);
            sql.append("\n order by e.occurred_at, e.recorded_at, e.event_id limit $")
                    .append(parameters.size() - 1).append(" offset $").append(parameters.size());
            return this;
        }

        String sql() {
            return sql.toString();
        }

        Tuple parameters() {
            return parameters;
        }
    }

    private static JourneyPage pageOf(RowSet<Row> rows, int page, int size) {
        var entries = new ArrayList<JourneyEntry>(rows.size());
        var sectors = new HashMap<String, String>();
        long total = 0;
        for (Row row : rows) {
            JourneyEntry entry = JourneyEntry.read(row);
            entries.add(entry);
            if (row.getString("sector") != null) {
                sectors.put(entry.organisation(), row.getString("sector"));
            }
            total = row.getLong("total");
        }
        return new JourneyPage(new Page<>(entries, page, size, total), sectors);
    }

    /** A page of entries, with the sector of each organisation on it where known. */
    record JourneyPage(Page<JourneyEntry> entries, Map<String, String> sectors) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
