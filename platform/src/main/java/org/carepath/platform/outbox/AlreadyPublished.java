package org.carepath.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Which pending rows Kafka holds already. A batch Kafka took whose marking never committed (the
 * service was killed in between, the database went away, or an acknowledgement was lost with the
 * broker) would otherwise be sent twice. Only the last batch can be in that state, and the relay
 * sends a partition's rows in position order without gaps, so the rows of that batch that Kafka
 * holds are among the last {@code batch-size} records of their partition: the relay reads that
 * tail once, after a start or a failure, and finds each row by the origin header it wrote.
 */
@ApplicationScoped
class AlreadyPublished {

    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    private final Map<String, Object> settings;
    private final String service;
    private final int tail;

    AlreadyPublished(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.settings = new HashMap<>(kafka);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "outbox-relay-recovery");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.service = service;
        this.tail = config.batchSize();
    }

    /** The positions of those rows that Kafka already holds; fails while Kafka cannot be read. */
    Uni<Set<Long>> among(List<PendingRow> rows) {
        // the consumer blocks, so never on an event loop
        return Uni.createFrom().item(() -> find(rows))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Set<Long> find(List<PendingRow> rows) {
        Set<String> wanted = new HashSet<>();
        rows.forEach(row -> wanted.add(OutboxRecords.origin(service, row.position())));
        Set<Long> found = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            for (TopicPartition partition : partitionsOf(consumer, rows)) {
                readTail(consumer, partition, wanted, found);
            }
        }
        return found;
    }

    /** The partitions the rows go to, as the producer's default partitioner picks them from the key. */
    private static Set<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, List<PendingRow> rows) {
        Map<String, Integer> partitionCounts = new HashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        for (PendingRow row : rows) {
            int count = partitionCounts.computeIfAbsent(row.topic(), topic -> partitionCount(consumer, topic));
            if (count == 0) {
                continue;
            }
            if (row.key() == null) {
                // a keyless record can be in any partition
                for (int partition = 0; partition < count; partition++) {
                    partitions.add(new TopicPartition(row.topic(), partition));
                }
            } else {
                partitions.add(new TopicPartition(row.topic(),
                        BuiltInPartitioner.partitionForKey(row.key().getBytes(StandardCharsets.UTF_8), count)));
            }
        }
        return partitions;
    }

    /** None for a topic whose name Kafka refuses: such a row was never taken, and is set aside when sent. */
    private static int partitionCount(KafkaConsumer<String, String> consumer, String topic) {
        try {
            return consumer.partitionsFor(topic, READ_LIMIT).size();
        } catch (InvalidTopicException e) {
            return 0;
        }
    }

    private void readTail(KafkaConsumer<String, String> consumer, TopicPartition partition, Set<String> wanted,
            Set<Long> found) {
        consumer.assign(List.of(partition));
        long end = consumer.endOffsets(List.of(partition), READ_LIMIT).get(partition);
        long start = Math.max(consumer.beginningOffsets(List.of(partition), READ_LIMIT).get(partition), end - tail);
        consumer.seek(partition, start);
        Instant deadline = Instant.now().plus(READ_LIMIT);
        while (consumer.position(partition, READ_LIMIT) < end) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read the tail of " + partition + " in time");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                Header origin = record.headers().lastHeader(OutboxRecords.ORIGIN_HEADER);
                if (origin != null && wanted.contains(new String(origin.value(), StandardCharsets.UTF_8))) {
                    found.add(position(origin));
                }
            });
        }
    }

    private static long position(Header origin) {
        String value = new String(origin.value(), StandardCharsets.UTF_8);
        return Long.parseLong(value.substring(value.lastIndexOf('/') + 1));
    }
}
