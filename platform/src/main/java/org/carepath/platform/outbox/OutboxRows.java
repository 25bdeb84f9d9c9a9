package org.carepath.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.tracing.TraceContext;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The relay's statements on {@code outbox_message}, straight on the reactive pool: it reads and
 * marks whole batches, which needs no entities or session.
 */
@ApplicationScoped
class OutboxRows {

    // Any constant shared by all replicas of a service: its database holds one outbox.
    private static final long RELAY_LOCK = 0x0CA8E7A7L;
    // Held shared by every outbox insert until it commits (V0_8__outbox_relay_asleep.sql, key 212395944).
    private static final long ASLEEP_LOCK = 0x0CA8E7A8L;
    // How long falling asleep waits for the inserts in flight; inserts arriving meanwhile queue behind it.
    private static final String ASLEEP_LOCK_TIMEOUT = "50ms";

    private final Pool pool;

    /** The backlog: rows waiting, how long the oldest of them has waited, and rows set aside. */
    record Counts(long pending, double oldestPendingSeconds, long dead) {
    }

    OutboxRows(Pool pool) {
        this.pool = pool;
    }

    <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /**
     * Whether this replica may relay now. The lock is held until the transaction ends, so two
     * replicas never publish the same rows, and never out of order. The transaction waits on
     * Kafka while it holds the batch, up to the producer's delivery and metadata timeouts: the
     * service-wide idle-in-transaction timeout must not end it then, or rows Kafka has taken would
     * stay unmarked and be sent again.
     */
    Uni<Boolean> tryRelayLock(SqlConnection connection, Duration idleAllowance) {
        return connection.preparedQuery("""
                select set_config('idle_in_transaction_session_timeout', $2, true) is not null
                       and pg_try_advisory_xact_lock($1)""")
                .execute(Tuple.of(RELAY_LOCK, idleAllowance.toMillis() + "ms"))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** While the relay drains, commits need not wake it: they do not notify (V0_8__outbox_relay_asleep.sql). */
    Uni<Void> markAwake(SqlConnection connection) {
        return connection.preparedQuery("""
                insert into outbox_relay (asleep) values (false) on conflict (one) do update set asleep = false""")
                .execute()
                .replaceWithVoid();
    }

    /**
     * Marks the relay asleep, so commits notify again, once every outbox insert in flight has committed
     * or rolled back: the relay looks once more afterwards and finds what they committed. Fails with
     * PostgreSQL's lock_not_available when an insert holds on longer than {@value #ASLEEP_LOCK_TIMEOUT}.
     */
    Uni<Void> markAsleep() {
        return pool.preparedQuery("""
                with inserts_done as (select set_config('lock_timeout', $2, true), pg_advisory_xact_lock($1))
                insert into outbox_relay (asleep) select true from inserts_done
                on conflict (one) do update set asleep = true""")
                .execute(Tuple.of(ASLEEP_LOCK, ASLEEP_LOCK_TIMEOUT))
                .replaceWithVoid();
    }

    Uni<List<PendingRow>> pending(SqlConnection connection, int limit) {
        return connection.preparedQuery("""
                select position, topic, message_key, event_type, payload, traceparent, tracestate from outbox_message
                where published_at is null and dead_at is null
                order by position limit $1""")
                .execute(Tuple.of(limit))
                .map(rows -> rows.stream().map(OutboxRows::pendingRow).toList());
    }

    /** Records a batch's outcome in one statement per kind. */
    Uni<Void> record(SqlConnection connection, BatchResult result) {
        return markPublished(connection, result.published())
                .chain(() -> markDead(connection, result.dead()));
    }

    /** The backlog; every part reads its partial index (the oldest pending row is the first by position). */
    Uni<Counts> counts() {
        return pool.query("""
                select (select count(*) from outbox_message where published_at is null and dead_at is null),
                       (select coalesce(extract(epoch from now() - created_at), 0)::float8 from outbox_message
                        where published_at is null and dead_at is null order by position limit 1),
                       (select count(*) from outbox_message where dead_at is not null)""")
                .execute()
                .map(rows -> rows.iterator().next())
                .map(row -> new Counts(row.getLong(0), row.getDouble(1) == null ? 0 : row.getDouble(1), row.getLong(2)));
    }

    Uni<Integer> deletePublishedBefore(Instant cutoff) {
        return pool.preparedQuery("delete from outbox_message where published_at < $1")
                .execute(Tuple.of(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }

    private Uni<Void> markPublished(SqlConnection connection, List<Long> positions) {
        if (positions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("update outbox_message set published_at = now() where position = any($1)")
                .execute(Tuple.tuple().addArrayOfLong(positions.toArray(Long[]::new)))
                .replaceWithVoid();
    }

    private Uni<Void> markDead(SqlConnection connection, List<BatchResult.DeadRow> dead) {
        if (dead.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                update outbox_message m set dead_at = now(), dead_reason = d.reason
                from unnest($1::int8[], $2::text[]) as d(position, reason)
                where m.position = d.position""")
                .execute(Tuple.tuple()
                        .addArrayOfLong(dead.stream().map(BatchResult.DeadRow::position).toArray(Long[]::new))
                        .addArrayOfString(dead.stream().map(BatchResult.DeadRow::reason).toArray(String[]::new)))
                .replaceWithVoid();
    }

    private static PendingRow pendingRow(Row row) {
        return new PendingRow(row.getLong("position"), row.getString("topic"), row.getString("message_key"),
                row.getString("event_type"), row.getString("payload"),
                new TraceContext(row.getString("traceparent"), row.getString("tracestate")));
    }
}
