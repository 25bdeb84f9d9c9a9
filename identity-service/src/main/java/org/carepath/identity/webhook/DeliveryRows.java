package org.carepath.identity.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The worker's statements on the deliveries, straight on the reactive pool: it claims and records whole rows,
 * which needs no entities or session, and runs outside any request.
 */
@ApplicationScoped
class DeliveryRows {

    private final Pool pool;

    /**
     * A delivery claimed for one attempt.
     *
     * @param attempts attempts made before this one since it was queued
     * @param secrets  the secrets that sign it, newest first (two while a rotation's overlap lasts)
     */
    record Claimed(UUID id, String eventId, int attempts, String url, List<String> secrets, String payload) {
    }

    DeliveryRows(Pool pool) {
        this.pool = pool;
    }

    /**
     * Claims due deliveries of enabled subscriptions by moving their due time to the end of a lease: skipping rows
     * another replica has locked, so no two replicas send one delivery at once. A worker that dies mid-attempt
     * leaves the row due again when the lease runs out (the receiver dedupes on webhook-id).
     */
    Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int limit) {
        return pool.preparedQuery("""
                with due as (
                    select d.id from webhook_delivery d
                    join webhook_subscription s on s.id = d.subscription_id and s.enabled
                    where d.status = 'pending' and d.next_attempt_at <= $1
                    order by d.next_attempt_at limit $3
                    for update of d skip locked),
                claimed as (
                    update webhook_delivery d set next_attempt_at = $2 from due where d.id = due.id
                    returning d.id, d.subscription_id, d.event_id, d.attempts)
                select c.id, c.event_id, c.attempts, s.url, s.secret,
                       case when s.previous_secret_until > $1 then s.previous_secret end as previous_secret, m.payload
                from claimed c
                join webhook_subscription s on s.id = c.subscription_id
                join webhook_message m on m.event_id = c.event_id""")
                .execute(Tuple.of(at(now), at(leaseUntil), limit))
                .map(DeliveryRows::claimed);
    }

    /**
     * The attempt goes in the log, and the delivery takes its outcome, in one transaction.
     *
     * @param nextAttemptAt when a pending delivery is tried again; for a delivered or dead one, when it ended
     */
    Uni<Void> record(Claimed delivery, Attempt attempt, String status, Instant nextAttemptAt) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                insert into webhook_attempt (id, delivery_id, attempted_at, http_status, error, latency_ms)
                values ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addUUID(delivery.id())
                        .addOffsetDateTime(at(attempt.at()))
                        .addInteger(attempt.httpStatus())
                        .addString(attempt.error())
                        .addInteger(attempt.latencyMs()))
                .chain(() -> connection.preparedQuery("""
                        update webhook_delivery set status = $2, attempts = attempts + 1, next_attempt_at = $3,
                               last_attempt_at = $4, last_http_status = $5, last_error = $6, delivered_at = $7
                        where id = $1""")
                        .execute(Tuple.tuple()
                                .addUUID(delivery.id())
                                .addString(status)
                                .addOffsetDateTime(at(nextAttemptAt))
                                .addOffsetDateTime(at(attempt.at()))
                                .addInteger(attempt.httpStatus())
                                .addString(attempt.error())
                                .addOffsetDateTime(attempt.delivered() ? at(attempt.at()) : null))))
                .replaceWithVoid();
    }

    private static List<Claimed> claimed(RowSet<Row> rows) {
        List<Claimed> claimed = new ArrayList<>();
        rows.forEach(row -> claimed.add(claimed(row)));
        return claimed;
    }

    private static Claimed claimed(Row row) {
        List<String> secrets = new ArrayList<>();
        secrets.add(row.getString("secret"));
        if (row.getString("previous_secret") != null) {
            secrets.add(row.getString("previous_secret"));
        }
        return new Claimed(row.getUUID("id"), row.getString("event_id"), row.getInteger("attempts"), row.getString("url"),
                List.copyOf(secrets), row.getString("payload"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
