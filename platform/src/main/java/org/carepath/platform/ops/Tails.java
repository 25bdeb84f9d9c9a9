package org.carepath.platform.ops;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.carepath.events.CloudEvent;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.tracing.TraceContext;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Live tails of a topic: each its own reader (assign and seek, no consumer group, nothing committed)
 * polling on a thread of its own, until the client goes away or the tail's time is up. At most
 * {@link OpsConfig#maxTails()} at once.
 */
@ApplicationScoped
public class Tails {

    private static final Logger LOG = Logger.getLogger(Tails.class);

    /**
     * What to stream: a topic's records of one type and/or key, from an instant or from now on.
     *
     * @param withPayload whether the caller may see each event's data: every one shown is audited
     */
    public record Request(String topic, String type, String key, Instant since, boolean withPayload, CareActor actor) {
    }

    private final OpsKafka kafka;
    private final OpsAudit audit;
    private final ObjectMapper json;
    private final OpsConfig config;
    private final Semaphore slots;
    private final AtomicInteger numbers = new AtomicInteger();
    private final ExecutorService threads;

    public Tails(OpsKafka kafka, OpsAudit audit, ObjectMapper json, OpsConfig config) {
        this.kafka = kafka;
        this.audit = audit;
        this.json = json;
        this.config = config;
        this.slots = new Semaphore(config.maxTails());
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ops-tail-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }

    /** Takes a slot for a new tail; false when every slot is taken. Give it back with the tail ({@link #open}). */
    public boolean reserve() {
        return slots.tryAcquire();
    }

    /**
     * The tail on a slot already {@link #reserve() reserved}, its start audited (topic, filters, whether
     * payloads are shown); the slot is freed when the stream ends.
     */
    public Multi<TailEvent> open(Request request) {
        String filters = "type=" + request.type() + " key=" + request.key() + " since=" + request.since();
        return audit.record(request.actor(), new OpsAudit.Entry("tail", request.topic(), null,
                        request.withPayload() ? "with-payload" : "metadata-only", filters))
                .onFailure().invoke(failure -> slots.release())
                .onItem().transformToMulti(started -> Multi.createFrom().<TailEvent>emitter(
                        emitter -> threads.execute(() -> run(request, emitter))));
    }

    private void run(Request request, MultiEmitter<? super TailEvent> emitter) {
        Instant until = Instant.now().plus(config.tailMaxDuration());
        try (KafkaConsumer<String, String> reader = kafka.reader()) {
            position(reader, request);
            while (!emitter.isCancelled() && Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (matches(record, request) && !emitter.isCancelled()) {
                        emitter.emit(view(record, request));
                    }
                }
            }
            emitter.complete();
        } catch (RuntimeException e) {
            LOG.warnf("the tail of %s ended: %s", request.topic(), e.getMessage());
            emitter.fail(e);
        } finally {
            slots.release();
        }
    }

    /** From the first record at or after {@code since}, or from the end (only what arrives from now on). */
    private void position(KafkaConsumer<String, String> reader, Request request) {
        List<TopicPartition> partitions = kafka.partitions(List.of(request.topic()));
        reader.assign(partitions);
        if (request.since() == null) {
            reader.seekToEnd(partitions);
        } else {
            Map<TopicPartition, Long> from = kafka.offsetsSince(partitions, request.since());
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            // no record at or after the instant: the partition's end (the broker says -1)
            partitions.forEach(partition -> reader.seek(partition,
                    from.getOrDefault(partition, -1L) < 0 ? end.get(partition) : from.get(partition)));
        }
        // the positions are resolved now, before the first poll, so nothing arriving meanwhile is missed
        partitions.forEach(reader::position);
    }

    private static boolean matches(ConsumerRecord<String, String> record, Request request) {
        return (request.key() == null || request.key().equals(record.key()))
                && (request.type() == null || request.type().equals(DeadLetterView.header(record, CloudEvent.TYPE_HEADER)));
    }

    private TailEvent view(ConsumerRecord<String, String> record, Request request) {
        JsonNode envelope = envelope(record.value());
        JsonNode data = request.withPayload() ? envelope.get("data") : null;
        if (data != null) {
            // the personal payload is shown: audited before it leaves, naming the person
            audit.record(request.actor(), new OpsAudit.Entry("payload-read", text(envelope, "id"), record.key(), "shown",
                    "tail of " + request.topic())).await().atMost(config.kafkaTimeout());
        }
        return new TailEvent(text(envelope, "id"), text(envelope, "type"), text(envelope, "source"),
                instant(text(envelope, "time")), text(envelope, "subject"), record.key(), record.topic(), record.partition(),
                record.offset(), Instant.ofEpochMilli(record.timestamp()),
                DeadLetterView.header(record, TraceContext.TRACEPARENT), data);
    }

    /** The record's value as JSON; an empty object for one that is not (the tail shows it with its place only). */
    private JsonNode envelope(String value) {
        try {
            JsonNode node = value == null ? null : json.readTree(value);
            return node != null && node.isObject() ? node : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode value = envelope.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
