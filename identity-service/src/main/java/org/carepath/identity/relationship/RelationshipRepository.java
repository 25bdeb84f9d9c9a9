package org.carepath.identity.relationship;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<CareRelationship, UUID> {

    public Uni<Boolean> isCurrent(String nhsNumber, String organisation) {
        return count("nhsNumber = ?1 and organisation = ?2 and endedAt is null", nhsNumber, organisation)
                .map(count -> count > 0);
    }
}
