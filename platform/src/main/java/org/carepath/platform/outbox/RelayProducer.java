package org.carepath.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The relay's own idempotent Kafka producer: it puts a whole batch in flight at once and reports
 * what became of each row.
 *
 * <p>Why per-partition order holds. The rows are handed to one producer in position order. With
 * idempotence, acks=all and at most 5 requests in flight, the producer numbers each partition's
 * records and the broker writes them in that order only, never one after a gap; the producer's
 * own retries keep that order, and a failure reaches us only once it gives up on a record. At the
 * first such transient failure we stop sending and close the producer at once (from the callback,
 * which runs before the producer could renumber the partition), so every later record of the
 * batch that is not yet written fails too: nothing of that partition can be written after the
 * failed record. The failed rows stay pending and are sent again, in position order, by a new
 * producer after a backoff. (A record whose ack was lost may thus be written twice, in order;
 * consumers drop the repeat by its event id.) A permanent refusal concerns its record alone and is
 * never written, so the records after it go on and the row is set aside.
 */
@ApplicationScoped
class RelayProducer {

    private final Map<String, Object> settings;
    private final String service;
    private final AtomicReference<KafkaProducer<String, String>> current = new AtomicReference<>();

    RelayProducer(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.settings = settings(kafka, config.producer());
        this.service = service;
    }

    /** Sends the rows and completes once each has an outcome, in the rows' order. */
    Uni<List<Delivery>> send(List<PendingRow> rows) {
        // send() blocks while it fetches topic metadata, so never on an event loop
        return Uni.createFrom().completionStage(() -> sendAll(rows))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @PreDestroy
    void close() {
        var producer = current.getAndSet(null);
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private CompletableFuture<List<Delivery>> sendAll(List<PendingRow> rows) {
        var producer = producer();
        var stopped = new AtomicBoolean();
        List<CompletableFuture<Delivery>> deliveries = new ArrayList<>(rows.size());
        for (PendingRow row : rows) {
            deliveries.add(stopped.get()
                    ? CompletableFuture.completedFuture(Delivery.notSent("an earlier row of the batch failed"))
                    : sendOne(producer, row, stopped));
        }
        return CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                .thenApply(all -> deliveries.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<Delivery> sendOne(KafkaProducer<String, String> producer, PendingRow row, AtomicBoolean stopped) {
        var delivery = new CompletableFuture<Delivery>();
        try {
            producer.send(OutboxRecords.of(row, service), (metadata, failure) -> delivery.complete(settle(failure, producer, stopped)));
        } catch (RuntimeException failure) {
            // a closed producer throws instead of calling back
            delivery.complete(settle(failure, producer, stopped));
        }
        return delivery;
    }

    private Delivery settle(Exception failure, KafkaProducer<String, String> producer, AtomicBoolean stopped) {
        if (failure == null) {
            return Delivery.ACKED;
        }
        Delivery delivery = Delivery.failed(failure);
        if (delivery.outcome() == Delivery.Outcome.RETRY && stopped.compareAndSet(false, true)) {
            discard(producer);
        }
        return delivery;
    }

    /** Fails whatever of the batch is not yet written; the next batch gets a new producer. */
    private void discard(KafkaProducer<String, String> producer) {
        current.compareAndSet(producer, null);
        producer.close(Duration.ZERO);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (current.get() == null) {
            current.set(new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer()));
        }
        return current.get();
    }

    private static Map<String, Object> settings(Map<String, Object> kafka, OutboxConfig.Producer config) {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        // the order and exactly-once argument above rests on these three
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, (int) config.linger().toMillis());
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, config.batchBytes());
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.requestTimeout().toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.maxBlock().toMillis());
        return settings;
    }
}
