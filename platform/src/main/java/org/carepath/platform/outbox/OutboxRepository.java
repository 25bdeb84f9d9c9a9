package org.carepath.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    // Any constant shared by all replicas of a service: its database holds one outbox.
    private static final long RELAY_LOCK = 0x0CA8E7A7L;

    /**
     * Whether this replica may relay now. The lock is held until the transaction ends, so two
     * replicas never publish the same rows, and never out of order.
     */
    Uni<Boolean> tryRelayLock() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")", Boolean.class)
                        .getSingleResult());
    }

    Uni<List<OutboxMessage>> pending(int limit) {
        return find("publishedAt is null order by position").page(0, limit).list();
    }

    Uni<Long> deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
