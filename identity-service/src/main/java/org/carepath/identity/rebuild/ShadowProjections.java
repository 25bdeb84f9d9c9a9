package org.carepath.identity.rebuild;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The rebuilt projections beside the live ones: empty copies in the schema {@code rebuild}, written by
 * the same handler code in transactions whose search_path puts {@code rebuild} before {@code public}
 * (owned data such as persons and staff is still found in public), and swapped in for the live tables
 * in one transaction. See V3__projection_rebuild_beside_live.sql.
 */
@ApplicationScoped
class ShadowProjections {

    // The live consumers insert into processed_event first, before touching any projection: an EXCLUSIVE
    // lock on it pauses them before they start (letting reads through) and waits for those in flight.
    private static final String PAUSE_LIVE_CONSUMERS = "lock table public.processed_event in exclusive mode";
    private static final String LOCK_LIVE_PROJECTIONS =
            "lock table public.care_relationship, public.journey_entry, public.organisation_sector in access exclusive mode";

    Uni<Void> prepare() {
        return Panache.withTransaction(() -> execute("call rebuild_prepare()"));
    }

    Uni<Void> discard() {
        return Panache.withTransaction(() -> execute("call rebuild_discard()"));
    }

    /** Work in one transaction whose unqualified projection tables are the rebuilt ones. */
    <T> Uni<T> inShadow(Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> useShadow().chain(work::get));
    }

    /**
     * Pauses the live consumers, lets {@code tail} apply what reached the topics since (it runs on the
     * shadow tables), then hands the rebuild's processed event ids to the live consumer and swaps the
     * tables, all in one commit. Fails without waiting longer than {@code lockTimeout} for a lock, so a
     * reader holding one is never part of a deadlock for long: the caller tries again.
     */
    Uni<Void> switchOver(Duration lockTimeout, Supplier<Uni<Void>> tail) {
        return Panache.withTransaction(() -> execute("set local lock_timeout = " + lockTimeout.toMillis())
                .chain(() -> execute(PAUSE_LIVE_CONSUMERS))
                .chain(() -> execute(LOCK_LIVE_PROJECTIONS))
                .chain(this::useShadow)
                .chain(tail::get)
                .chain(() -> execute("call rebuild_switch()")));
    }

    private Uni<Void> useShadow() {
        return execute("set local search_path to rebuild, public");
    }

    private static Uni<Void> execute(String sql) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql).executeUpdate())
                .replaceWithVoid();
    }
}
