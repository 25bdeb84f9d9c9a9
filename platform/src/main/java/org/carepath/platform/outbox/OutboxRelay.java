package org.carepath.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.carepath.events.CloudEvent;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in commit order, marking each one sent once Kafka has
 * acknowledged it. While Kafka is unavailable it stops at the first refused row and waits
 * (with backoff), so nothing is skipped and nothing overtakes.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final MutinyEmitter<String> kafka;
    private final OutboxConfig config;
    private final RelayBackoff backoff;

    public OutboxRelay(OutboxRepository outbox, @Channel("outbox") MutinyEmitter<String> kafka, OutboxConfig config) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.config = config;
        this.backoff = new RelayBackoff(config.initialBackoff(), config.maxBackoff());
    }

    @Scheduled(every = "${carepath.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        if (backoff.isWaiting(Instant.now())) {
            return Uni.createFrom().voidItem();
        }
        // a database failure leaves the rows pending: the next tick tries again
        return Panache.withTransaction(this::publishPending)
                .onFailure().invoke(failure -> LOG.warnf("Outbox relay could not read the outbox: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> deleteOldPublished() {
        return Panache.withTransaction(() -> outbox.deletePublishedBefore(Instant.now().minus(config.retention())))
                .replaceWithVoid();
    }

    private Uni<List<OutboxMessage>> publishPending() {
        return outbox.tryRelayLock()
                .chain(mine -> mine ? outbox.pending(config.batchSize()) : Uni.createFrom().item(List.<OutboxMessage>of()))
                .chain(this::publishInOrder);
    }

    /** Rows acknowledged before a failure stay marked: the transaction still commits them. */
    private Uni<List<OutboxMessage>> publishInOrder(List<OutboxMessage> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(this::publish)
                .onFailure().invoke(this::waitBeforeRetrying)
                .onFailure().recoverWithCompletion()
                .collect().asList()
                .invoke(published -> {
                    if (published.size() == batch.size()) {
                        backoff.succeeded();
                    }
                });
    }

    private Uni<OutboxMessage> publish(OutboxMessage message) {
        return kafka.sendMessage(toRecord(message))
                .invoke(() -> message.publishedAt = Instant.now())
                .replaceWith(message);
    }

    private void waitBeforeRetrying(Throwable failure) {
        var wait = backoff.failed(Instant.now());
        LOG.warnf("Kafka refused an outbox message (%s); retrying in %s", failure.getMessage(), wait);
    }

    private static Message<String> toRecord(OutboxMessage message) {
        var headers = new RecordHeaders()
                .add(CloudEvent.CONTENT_TYPE_HEADER, CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                .add(CloudEvent.TYPE_HEADER, message.eventType.getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.key)
                .withHeaders(headers)
                .build();
        return Message.of(message.payload).addMetadata(metadata);
    }
}
