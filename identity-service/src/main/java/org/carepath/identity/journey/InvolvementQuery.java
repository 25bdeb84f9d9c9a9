package org.carepath.identity.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.directory.SectorRepository;
import org.carepath.identity.journey.Involvement.Involved;
import org.carepath.identity.relationship.CareRelationship;
import org.carepath.identity.relationship.RelationshipRepository;

import io.smallrye.mutiny.Uni;

/** Who is involved with the person now, and since when. Call inside a session. */
@ApplicationScoped
public class InvolvementQuery {

    private static final Set<String> SERVICES = Set.of(CareRelationship.REFERRAL_RECIPIENT, CareRelationship.HOSPITAL_EPISODE);

    private final RelationshipRepository relationships;
    private final SectorRepository sectors;
    private final Clock clock;

    public InvolvementQuery(RelationshipRepository relationships, SectorRepository sectors, Clock clock) {
        this.relationships = relationships;
        this.sectors = sectors;
        this.clock = clock;
    }

    public Uni<Involvement> of(List<String> nhsNumbers) {
        return relationships.current(nhsNumbers, clock.instant())
                .chain(current -> sectors.of(current.stream().map(CareRelationship::organisation).collect(Collectors.toSet()))
                        .map(known -> panel(current, known)));
    }

    /**
     * One line per party and basis: three referrals to the same service are one active service,
     * involved since the first and, while any of them runs on, with no end.
     */
    private static Involvement panel(List<CareRelationship> current, Map<String, String> sectorOf) {
        var involved = current.stream()
                .map(relationship -> new Involved(relationship.organisation(), relationship.team(),
                        sectorOf.get(relationship.organisation()), relationship.basis(), relationship.description(),
                        relationship.practitioner(), relationship.startedAt(), relationship.endedAt()))
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
