package org.carepath.platform.ops;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.carepath.events.DeadLetterHeaders;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.ops.DeadLetterView.Action;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * This service's dead letters: read from its consumer groups' dead-letter topics, with what ops did
 * with each kept in {@code dead_letter}. A replay puts the record back on its original topic with its
 * key, value and event id: the consumer that failed has no {@code processed_event} row for it and
 * applies it once; every other consumer of the topic has applied it already (or does not act on its
 * type) and skips it. A second replay or discard of the same dead letter finds the first one's row and
 * answers as it did.
 */
@ApplicationScoped
public class DeadLetters {

    /** Marks a replayed record, so it is told apart from the original on the topic. */
    public static final String REPLAY_OF_HEADER = "carepath-replay-of";

    private final ServiceChannels channels;
    private final OpsKafka kafka;
    private final OpsAudit audit;
    private final Pool pool;
    private final Clock clock;

    public DeadLetters(ServiceChannels channels, OpsKafka kafka, OpsAudit audit, Pool pool, Clock clock) {
        this.channels = channels;
        this.kafka = kafka;
        this.audit = audit;
        this.pool = pool;
        this.clock = clock;
    }

    /** One page of every dead letter of this service's consumer groups, by topic, partition and offset. */
    public Uni<Page<DeadLetterView>> list(int page, int size) {
        return Page.firstResult(page, size)
                .chain(first -> onWorker(() -> kafka.slice(channels.deadLetterTopics(), first, size)))
                .chain(slice -> actions(slice.records())
                        .map(actions -> new Page<>(slice.records().stream()
                                .map(record -> DeadLetterView.of(record, actionOf(actions, record), false))
                                .toList(), page, size, slice.total())));
    }

    /** One dead letter; with its payload for a caller who may see it, and that read audited. */
    public Uni<DeadLetterView> inspect(String id, CareActor actor, boolean withPayload) {
        return find(id)
                .chain(record -> action(pool, id(record))
                        .map(action -> DeadLetterView.of(record, action, withPayload)))
                .call(view -> withPayload
                        ? audit.record(actor, new OpsAudit.Entry("payload-read", view.id(), view.subject(), "shown", null))
                        : Uni.createFrom().voidItem());
    }

    /** Puts the record back on its original topic for the consumer that failed; idempotent. */
    public Uni<DeadLetterView> replay(String id, CareActor actor) {
        return find(id)
                .invoke(DeadLetters::requireEventId)
                .chain(record -> pool.withTransaction(connection -> lock(connection, id)
                        .chain(() -> action(connection, id))
                        .chain(done -> DeadLetterView.OPEN.equals(done.state())
                                ? replayNow(connection, record, actor)
                                : repeat(connection, id, done, DeadLetterView.REPLAYED, actor)))
                        .map(action -> DeadLetterView.of(record, action, false)));
    }

    /** Sets the dead letter aside for good, with the operator's reason; idempotent. */
    public Uni<DeadLetterView> discard(String id, String reason, CareActor actor) {
        return find(id)
                .chain(record -> pool.withTransaction(connection -> lock(connection, id)
                        .chain(() -> action(connection, id))
                        .chain(done -> DeadLetterView.OPEN.equals(done.state())
                                ? save(connection, id(record), DeadLetterView.DISCARDED, eventId(record), reason, actor)
                                : repeat(connection, id, done, DeadLetterView.DISCARDED, actor)))
                        .map(action -> DeadLetterView.of(record, action, false)));
    }

    private Uni<Action> replayNow(SqlConnection connection, ConsumerRecord<String, String> record, CareActor actor) {
        // the transaction holds the dead letter's lock until the broker has the record and the row is saved
        return onWorker(() -> {
            kafka.send(replayOf(record));
            return record;
        })
                .chain(sent -> save(connection, id(record), DeadLetterView.REPLAYED, eventId(record), null, actor));
    }

    /** A second replay or discard: the first one's outcome stands; the other action on a settled letter is refused. */
    private Uni<Action> repeat(SqlConnection connection, String id, Action done, String asked, CareActor actor) {
        if (!asked.equals(done.state())) {
            return Uni.createFrom().failure(new Conflict("dead-letter-settled", "Dead letter already settled",
                    "dead letter " + id + " was " + done.state() + " by " + done.by() + " at " + done.at()
                            + "; it cannot be " + asked + " as well")
                    .with("state", done.state()));
        }
        return audit.record(connection, actor, new OpsAudit.Entry("dead-letter-" + verb(asked), id, null,
                        "already-" + asked, null))
                .replaceWith(done);
    }

    private Uni<Action> save(SqlConnection connection, String id, String state, String eventId, String reason,
            CareActor actor) {
        // to the microsecond, as PostgreSQL keeps it, so a repeat's answer is the same as the first
        Action action = new Action(state, actor.userId(), clock.instant().truncatedTo(ChronoUnit.MICROS), reason);
        return connection.preparedQuery("""
                insert into dead_letter (id, state, event_id, acted_by, acted_at, reason) values ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.tuple()
                        .addString(id)
                        .addString(state)
                        .addString(eventId)
                        .addString(action.by())
                        .addOffsetDateTime(OffsetDateTime.ofInstant(action.at(), ZoneOffset.UTC))
                        .addString(reason))
                .chain(() -> audit.record(connection, actor, new OpsAudit.Entry("dead-letter-" + verb(state), id, null,
                        state, reason)))
                .replaceWith(action);
    }

    /** The dead letter's record, if the id names one on this service's dead-letter topics; else 404. */
    private Uni<ConsumerRecord<String, String>> find(String id) {
        DeadLetterId parsed = DeadLetterId.parse(id);
        if (parsed == null || channels.ofDeadLetterTopic(parsed.topic()).isEmpty()) {
            return Uni.createFrom().failure(notFound(id));
        }
        return onWorker(() -> kafka.record(parsed.topicPartition(), parsed.offset()).orElse(null))
                .onItem().ifNull().failWith(() -> notFound(id));
    }

    private static NotVisible notFound(String id) {
        return new NotVisible("no dead letter " + id + " on this service's dead-letter topics");
    }

    private static void requireEventId(ConsumerRecord<String, String> record) {
        if (eventId(record) == null) {
            throw new Conflict("dead-letter-unreadable", "Dead letter cannot be replayed",
                    "dead letter " + id(record) + " is not a readable CloudEvent, so no event id can make its replay"
                            + " idempotent; discard it with a reason");
        }
    }

    /** The original record as it was, back on its topic: same key (so the same partition), value and headers. */
    private static ProducerRecord<String, String> replayOf(ConsumerRecord<String, String> letter) {
        var headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        headers.add(REPLAY_OF_HEADER, id(letter).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(DeadLetterView.header(letter, DeadLetterHeaders.TOPIC), null, letter.key(),
                letter.value(), headers);
    }

    private Uni<Void> lock(SqlConnection connection, String id) {
        // two replays of one dead letter at once: the second waits, then finds the first one's row
        return connection.preparedQuery("select pg_advisory_xact_lock(hashtext($1))")
                .execute(Tuple.of(id))
                .replaceWithVoid();
    }

    private Uni<Action> action(SqlClient client, String id) {
        return client.preparedQuery("select state, acted_by, acted_at, reason from dead_letter where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? action(rows.iterator().next()) : Action.NONE);
    }

    private Uni<Map<String, Action>> actions(List<ConsumerRecord<String, String>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select id, state, acted_by, acted_at, reason from dead_letter where id = any($1)")
                .execute(Tuple.tuple().addArrayOfString(records.stream().map(DeadLetters::id).toArray(String[]::new)))
                .map(DeadLetters::byId);
    }

    private static Map<String, Action> byId(RowSet<Row> rows) {
        Map<String, Action> actions = new HashMap<>();
        rows.forEach(row -> actions.put(row.getString("id"), action(row)));
        return actions;
    }

    private static Action actionOf(Map<String, Action> actions, ConsumerRecord<String, String> record) {
        return actions.getOrDefault(id(record), Action.NONE);
    }

    private static Action action(Row row) {
        return new Action(row.getString("state"), row.getString("acted_by"),
                row.getOffsetDateTime("acted_at").toInstant(), row.getString("reason"));
    }

    private static String id(ConsumerRecord<String, String> record) {
        return new DeadLetterId(record.topic(), record.partition(), record.offset()).toString();
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return DeadLetterView.header(record, DeadLetterHeaders.EVENT_ID);
    }

    private static String verb(String state) {
        return DeadLetterView.REPLAYED.equals(state) ? "replay" : "discard";
    }

    private static <T> Uni<T> onWorker(Supplier<T> blocking) {
        return Uni.createFrom().item(blocking).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
