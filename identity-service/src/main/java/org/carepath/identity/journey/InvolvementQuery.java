package org.carepath.identity.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.journey.Involvement.Involved;
import org.carepath.identity.person.PersonStatement;
import org.carepath.identity.relationship.CareRelationship;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who is involved with the person now, and since when. Read with the SQL client, outside any ORM session (as the
 * journey's page is: {@link JourneyRepository}), with each organisation's sector in the same statement.
 */
@ApplicationScoped
public class InvolvementQuery {

    private static final Set<String> SERVICES = Set.of(CareRelationship.REFERRAL_RECIPIENT, CareRelationship.HOSPITAL_EPISODE);

    private static final PersonStatement CURRENT = PersonStatement.of("""
            select r.organisation, r.team, s.sector, r.basis, r.description, r.practitioner, r.started_at, r.ended_at
              from care_relationship r left join organisation_sector s on s.organisation = r.organisation
             where r.nhs_number = any(cast($1 as bpchar[])) and (r.ended_at is null or r.ended_at > $2)
             order by r.started_at, r.organisation, r.basis""");

    private final Pool pool;
    private final Clock clock;

    public InvolvementQuery(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Involvement> of(List<String> nhsNumbers) {
        return pool.preparedQuery(CURRENT.sql(nhsNumbers))
                .execute(Tuple.of(CURRENT.numbers(nhsNumbers), clock.instant().atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    var current = new ArrayList<Involved>(rows.size());
                    for (Row row : rows) {
                        OffsetDateTime ended = row.getOffsetDateTime("ended_at");
                        current.add(new Involved(row.getString("organisation"), row.getString("team"),
                                row.getString("sector"), row.getString("basis"), row.getString("description"),
                                row.getString("practitioner"), row.getOffsetDateTime("started_at").toInstant(),
                                ended == null ? null : ended.toInstant()));
                    }
                    return panel(current);
                });
    }

    /**
     * One line per party and basis: three referrals to the same service are one active service,
     * involved since the first and, while any of them runs on, with no end.
     */
    private static Involvement panel(List<Involved> current) {
        var involved = current.stream()
                .collect(Collectors.groupingBy(party -> Arrays.asList(party.organisation(), party.team(), party.basis(),
                        party.description(), party.practitioner()), LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(InvolvementQuery::together)
                .toList();
        var coordinator = involved.stream()
                .filter(party -> CareRelationship.CARE_COORDINATOR.equals(party.basis()))
                .max(Comparator.comparing(Involved::since))
                .orElse(null);
        var services = involved.stream().filter(party -> SERVICES.contains(party.basis())).toList();
        return new Involvement(coordinator, services, involved);
    }

    private static Involved together(List<Involved> same) {
        Involved first = same.stream().min(Comparator.comparing(Involved::since)).orElseThrow();
        Instant until = same.stream().anyMatch(party -> party.until() == null) ? null
                : same.stream().map(Involved::until).max(Comparator.naturalOrder()).orElseThrow();
        return new Involved(first.organisation(), first.team(), first.sector(), first.basis(), first.description(),
                first.practitioner(), first.since(), until);
    }
}
