package org.carepath.identity.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BreakGlassRepository implements PanacheRepositoryBase<BreakGlassGrant, UUID> {

    Uni<BreakGlassGrant> unexpired(List<String> nhsNumbers, String userId, Instant now) {
        return find("nhsNumber in ?1 and userId = ?2 and expiresAt > ?3 order by expiresAt desc", nhsNumbers, userId, now)
                .firstResult();
    }
}
