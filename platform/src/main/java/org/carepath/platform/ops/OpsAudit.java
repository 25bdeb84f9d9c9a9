package org.carepath.platform.ops;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Appends to {@code ops_audit}: every ops action, and every personal payload the ops API shows. */
@ApplicationScoped
public class OpsAudit {

    /**
     * @param action    e.g. {@code dead-letter-replay}, {@code tail}, {@code payload-read}
     * @param target    what it acted on: a dead letter's id, a topic, an event id
     * @param nhsNumber the person whose data was shown, for a payload read; else null
     * @param outcome   what came of it, e.g. {@code replayed}, {@code already-replayed}, {@code metadata-only}
     * @param reason    the operator's reason, or the tail's filters; may be null
     */
    public record Entry(String action, String target, String nhsNumber, String outcome, String reason) {
    }

    private final Pool pool;
    private final Clock clock;

    public OpsAudit(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Void> record(CareActor actor, Entry entry) {
        return record(pool, actor, entry);
    }

    /** In the caller's transaction, so the audit row commits with the action it records. */
    public Uni<Void> record(SqlClient client, CareActor actor, Entry entry) {
        return client.preparedQuery("""
                insert into ops_audit (id, at, user_id, user_name, action, target, nhs_number, outcome, reason)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addOffsetDateTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .addString(actor.userId())
                        .addString(actor.name())
                        .addString(entry.action())
                        .addString(entry.target())
                        .addString(entry.nhsNumber())
                        .addString(entry.outcome())
                        .addString(entry.reason()))
                .replaceWithVoid();
    }
}
