package org.carepath.identity.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.rebuild.RebuildBatch.Redelivery;

import io.agroal.api.AgroalDataSource;

/**
 * The rebuilt projections beside the live ones: empty copies in the schema {@code rebuild}, written in
 * bulk batches ({@link RebuildBatch}) over plain JDBC from the rebuild's own thread (a background job
 * has no use for the event loop), and swapped in for the live tables in one transaction. See
 * V3__projection_rebuild_beside_live.sql and V6__rebuild_indexes_built_after_loading.sql.
 */
@ApplicationScoped
class ShadowProjections {

    // The live consumers insert into processed_event first, before touching any projection: an EXCLUSIVE
    // lock on it pauses them before they start (letting reads through) and waits for those in flight.
    private static final String PAUSE_LIVE_CONSUMERS = "lock table public.processed_event in exclusive mode";
    private static final String LOCK_LIVE_PROJECTIONS =
            "lock table public.care_relationship, public.journey_entry, public.organisation_sector in access exclusive mode";

    private final AgroalDataSource database;
    private final Clock clock;

    ShadowProjections(AgroalDataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    void prepare() throws SQLException {
        inTransaction(connection -> execute(connection, "call rebuild_prepare()"));
    }

    /** Builds the indexes the copies were loaded without (V6): once they are nearly full, before the switch. */
    void index() throws SQLException {
        inTransaction(connection -> execute(connection, "call rebuild_index()"));
    }

    void discard() throws SQLException {
        inTransaction(connection -> execute(connection, "call rebuild_discard()"));
    }

    /** Applies the events to the rebuilt tables in one transaction. */
    void write(List<ReplayedEvent> events, Redelivery redelivery, RebuildSteps steps) throws SQLException {
        inTransaction(connection -> RebuildBatch.write(connection, events, redelivery, clock.instant(), steps));
    }

    /**
     * Pauses the live consumers, applies the {@code tail} (what reached the topics since) to the rebuilt
     * tables, then hands the rebuild's processed event ids to the live consumer and swaps the tables, all
     * in one commit. Fails without waiting longer than {@code lockTimeout} for a lock, so a reader holding
     * one is never part of a deadlock for long: the caller tries again.
     */
    void switchOver(Duration lockTimeout, RebuildSteps steps, Tail tail) throws SQLException {
        inTransaction(connection -> {
            execute(connection, "set local lock_timeout = " + lockTimeout.toMillis());
            execute(connection, PAUSE_LIVE_CONSUMERS);
            execute(connection, LOCK_LIVE_PROJECTIONS);
            // checked, not copied: a duplicate must not fail the switch's transaction
            RebuildBatch.write(connection, tail.read(), Redelivery.SKIPPED, clock.instant(), steps);
            execute(connection, "call rebuild_switch()");
        });
    }

    /** What is left on the topics once the live consumers are paused. */
    interface Tail {
        List<ReplayedEvent> read();
    }

    private interface Work {
        void in(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.in(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
