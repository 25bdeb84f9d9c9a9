package org.carepath.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.DeadLetterHeaders;
import org.carepath.platform.persistence.DatabaseUnavailable;
import org.carepath.platform.tracing.ConsumerSpans;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Applies a consumed event at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivery finds it and changes nothing. A failing effect is
 * retried with backoff; after the last retry the message is nacked and the channel's dead-letter
 * strategy parks it on the consumer group's own {@code <topic>.<consumer-group>.dlq}, with the
 * headers of {@link DeadLetterHeaders}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ObjectMapper json;
    private final ConsumerConfig config;
    private final Config channels;
    private final ConsumerSpans spans;
    private final ConsumedEvents counted;

    public IdempotentConsumer(ObjectMapper json, ConsumerConfig config, Config channels, ConsumerSpans spans,
            ConsumedEvents counted) {
        this.json = json;
        this.config = config;
        this.channels = channels;
        this.spans = spans;
        this.counted = counted;
    }

    /**
     * For an {@code @Incoming} method taking the Kafka message: {@link #consume(String, String, Function)}
     * on its payload, then ack, or nack to the dead-letter topic.
     *
     * @param types the event types the effect changes anything for; the others are acknowledged without
     *              a transaction (applying them again would change nothing either), which spares the
     *              database a commit for every event of a busy topic this consumer does not act on
     */
    public Uni<Void> consume(String consumer, Message<String> message, Set<String> types,
            Function<CloudEvent<CareEvent>, Uni<Void>> effect) {
        return settle(consumer, message, payload -> consume(consumer, payload, types::contains, effect));
    }

    /**
     * Runs {@code apply} on the message's payload, then acks the message once it succeeded, or nacks
     * it with the dead-letter headers (event id, consumer, attempts) so the channel's dead-letter
     * strategy parks it. The returned Uni does not fail: the message is settled either way.
     *
     * @param consumer the consumer's name within the service, as given to {@link #consume(String, String, Function)}
     * @param apply    applies one payload once, e.g. {@code payload -> consume(consumer, payload, effect)}
     */
    public Uni<Void> settle(String consumer, Message<String> message, Function<String, Uni<Void>> apply) {
        // in a span that continues the trace the record carries
        return spans.around(consumer, message, () -> apply.apply(message.getPayload()))
                .onItemOrFailure().transformToUni((done, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message::ack)
                        : deadLetter(consumer, message, failure));
    }

    /**
     * @param consumer a name for this consumer, unique within the service (e.g. {@code journey})
     * @param payload  the Kafka record value: a structured-mode CloudEvent
     * @param effect   what the event does, given the envelope with its data as the catalogued record;
     *                 event types missing from the catalogue are skipped (a newer producer's)
     * @return fails with an {@link EventFailedException} when the event cannot be applied
     */
    public Uni<Void> consume(String consumer, String payload, Function<CloudEvent<CareEvent>, Uni<Void>> effect) {
        return consume(consumer, payload, type -> true, effect);
    }

    private Uni<Void> consume(String consumer, String payload, Predicate<String> acts,
            Function<CloudEvent<CareEvent>, Uni<Void>> effect) {
        CloudEvent<CareEvent> event;
        try {
            event = CloudEventReader.read(json, payload).orElse(null);
        } catch (PoisonEventException e) {
            // no retry can fix it: it goes to the dead-letter topic after its first attempt
            counted.deadLettered(ConsumedEvents.UNREADABLE);
            return Uni.createFrom().failure(new EventFailedException(e.eventId(), 1, e));
        }
        if (event == null) {
            LOG.debugf("%s skips an event of a type missing from the catalogue", consumer);
            return Uni.createFrom().voidItem();
        }
        if (!acts.test(event.type())) {
            return Uni.createFrom().voidItem();
        }
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> attempt(attempts, consumer, event, effect))
                // a retry after its backoff wakes on a timer thread: Hibernate Reactive needs the Vert.x context back
                .runSubscriptionOn(onCurrentContext())
                // the database away is no fault of the event: wait for it rather than dead-letter the event
                .onFailure(DatabaseUnavailable::causedBy)
                .retry().withBackOff(config.initialBackoff(), config.maxBackoff()).indefinitely()
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry().withBackOff(config.initialBackoff(), config.maxBackoff()).atMost(config.retries())
                .onItemOrFailure().invoke((done, failure) -> counted(event.type(), failure))
                .onFailure().transform(failure -> new EventFailedException(event.id(), attempts.get(), failure));
    }

    /** Runs tasks on the caller's Vert.x context (the message's), or at once where there is none. */
    private static Executor onCurrentContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    private Uni<Void> attempt(AtomicInteger attempts, String consumer, CloudEvent<CareEvent> event,
            Function<CloudEvent<CareEvent>, Uni<Void>> effect) {
        attempts.incrementAndGet();
        return Panache.withTransaction(() -> applyOnce(consumer, event, effect))
                .onFailure().invoke(failure -> counted.failed(event.type()));
    }

    /** After the last attempt: applied, or given up on (the caller's {@link #settle} dead-letters it). */
    private void counted(String type, Throwable failure) {
        if (failure == null) {
            counted.applied(type);
        } else {
            counted.deadLettered(type);
        }
    }

    private Uni<Void> applyOnce(String consumer, CloudEvent<CareEvent> event, Function<CloudEvent<CareEvent>, Uni<Void>> effect) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, now())
                        on conflict do nothing""")
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        LOG.debugf("%s already applied event %s", consumer, event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event);
                });
    }

    private Uni<Void> deadLetter(String consumer, Message<String> message, Throwable failure) {
        EventFailedException failed = failure instanceof EventFailedException e
                ? e
                : new EventFailedException(null, 1, failure);
        String group = consumerGroup(message);
        List<RecordHeader> headers = new ArrayList<>();
        headers.add(header(DeadLetterHeaders.CONSUMER_GROUP, group));
        headers.add(header(DeadLetterHeaders.CONSUMER, consumer));
        headers.add(header(DeadLetterHeaders.ATTEMPTS, Integer.toString(failed.attempts())));
        if (failed.eventId() != null) {
            headers.add(header(DeadLetterHeaders.EVENT_ID, failed.eventId()));
        }
        LOG.warnf("%s/%s gives up on %s after %d attempt(s): %s", group, consumer,
                failed.eventId() == null ? "a record unreadable as a CloudEvent" : "event " + failed.eventId(),
                failed.attempts(), failed.getMessage());
        // the connector's dead-letter strategy adds these headers to its own (topic, partition, offset, reason)
        Metadata extra = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build());
        return Uni.createFrom().completionStage(() -> message.nack(failed.getCause(), extra));
    }

    /** The channel's {@code group.id}: the consumer group whose dead-letter topic the record goes to. */
    @SuppressWarnings("unchecked")
    private String consumerGroup(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> "mp.messaging.incoming." + metadata.getChannel() + ".group.id")
                .flatMap(key -> channels.getOptionalValue(key, String.class))
                .or(() -> channels.getOptionalValue("kafka.group.id", String.class))
                .orElseGet(() -> channels.getValue("quarkus.application.name", String.class));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
