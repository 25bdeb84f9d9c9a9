package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<CareRelationship, UUID> {

    private static final String CURRENT = "nhsNumber in ?1 and (endedAt is null or endedAt > ?2)";

    public Uni<Boolean> isCurrent(List<String> nhsNumbers, String organisation, Instant now) {
        if (organisation == null) {
            return Uni.createFrom().item(false);
        }
        return count(CURRENT + " and organisation = ?3", nhsNumbers, now, organisation)
                .map(count -> count > 0);
    }

    /** Who is involved now, longest-standing first. */
    public Uni<List<CareRelationship>> current(List<String> nhsNumbers, Instant now) {
        return list(CURRENT + " order by startedAt, organisation, basis", nhsNumbers, now);
    }

    /** Ends what is still open of the relationships that came from one referral, membership, plan or episode. */
    Uni<Integer> end(String subjectKey, String basis, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and basis = ?3 and endedAt is null", at, subjectKey, basis);
    }

    Uni<Integer> endAll(String subjectKey, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and endedAt is null", at, subjectKey);
    }

    /** Re-opens relationships a cancelled ending had closed (a cancelled discharge: the episode goes on). */
    Uni<Integer> reopen(String subjectKey, String basis) {
        return update("endedAt = null where subjectKey = ?1 and basis = ?2", subjectKey, basis);
    }
}
