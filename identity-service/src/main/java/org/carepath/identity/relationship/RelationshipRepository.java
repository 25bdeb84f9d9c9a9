package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<CareRelationship, UUID>, RelationshipStore {

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

    @Override
    public Uni<Void> add(CareRelationship... relationships) {
        return persist(List.of(relationships));
    }

    @Override
    public Uni<Void> end(String subjectKey, String basis, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and basis = ?3 and endedAt is null", at, subjectKey, basis)
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> endAll(String subjectKey, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and endedAt is null", at, subjectKey).replaceWithVoid();
    }

    @Override
    public Uni<Void> reopen(String subjectKey, String basis) {
        return update("endedAt = null where subjectKey = ?1 and basis = ?2", subjectKey, basis).replaceWithVoid();
    }
}
