package org.carepath.platform.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.carepath.platform.inbox.IncomingChannel;
import org.carepath.platform.inbox.LagReader;

import io.smallrye.common.annotation.Identifier;

/**
 * The ops API's own Kafka clients, apart from the consumers': an admin client for offsets and lag, and
 * readers that assign and seek (no group, nothing committed), so looking never moves a consumer. Every
 * method blocks: call it on a worker thread.
 */
@ApplicationScoped
public class OpsKafka {

    /** A consumer group of this service: its state, members and lag, in total and per partition. */
    public record GroupLag(String group, String state, int members, long lag, List<LagReader.PartitionLag> partitions) {
    }

    /** One page of the records of some topics, in topic, partition and offset order, and how many they hold. */
    public record Slice(List<ConsumerRecord<String, String>> records, long total) {
    }

    private final Map<String, Object> kafka;
    private final Duration timeout;
    private Admin admin;

    public OpsKafka(@Identifier("default-kafka-broker") Map<String, Object> kafka, OpsConfig config) {
        this.kafka = Map.copyOf(kafka);
        this.timeout = config.kafkaTimeout();
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    /** The lag of each of the channels' groups, as the lag metrics read it ({@link LagReader}), with the group's state and members. */
    public List<GroupLag> lag(List<IncomingChannel> channels) {
        List<String> groups = channels.stream().map(IncomingChannel::group).distinct().toList();
        Map<String, ConsumerGroupDescription> described = get(admin().describeConsumerGroups(groups).all());
        List<LagReader.PartitionLag> lags;
        try {
            lags = new LagReader(admin(), timeout).read(channels).lags();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailable(e);
        }
        return groups.stream().map(group -> {
            List<LagReader.PartitionLag> partitions = lags.stream().filter(lag -> lag.group().equals(group)).toList();
            ConsumerGroupDescription description = described.get(group);
            return new GroupLag(group, description == null ? "unknown" : description.groupState().toString(),
                    description == null ? 0 : description.members().size(),
                    partitions.stream().mapToLong(LagReader.PartitionLag::lag).sum(), partitions);
        }).toList();
    }

    /** Records {@code first} to {@code first + size - 1} of the topics taken in order, without a consumer group. */
    public Slice slice(List<String> topics, long first, int size) {
        try (var reader = reader()) {
            List<TopicPartition> partitions = partitions(topics);
            Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
            long total = partitions.stream().mapToLong(partition -> end.get(partition) - begin.get(partition)).sum();
            List<ConsumerRecord<String, String>> page = new ArrayList<>();
            long skip = first;
            for (TopicPartition partition : partitions) {
                long count = end.get(partition) - begin.get(partition);
                if (page.size() == size) {
                    break;
                }
                if (skip >= count) {
                    skip -= count;
                    continue;
                }
                long from = begin.get(partition) + skip;
                skip = 0;
                page.addAll(read(reader, partition, from, Math.min(end.get(partition), from + size - page.size())));
            }
            return new Slice(page, total);
        }
    }

    /** The record at this offset, if the partition still holds it. */
    public Optional<ConsumerRecord<String, String>> record(TopicPartition partition, long offset) {
        try (var reader = reader()) {
            long begin = reader.beginningOffsets(List.of(partition), timeout).get(partition);
            long end = reader.endOffsets(List.of(partition), timeout).get(partition);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            return read(reader, partition, offset, offset + 1).stream().findFirst();
        }
    }

    /** Writes the record and waits for the broker's acknowledgement (idempotent producer, acks=all). */
    public void send(ProducerRecord<String, String> record) {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "ops-replay");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            get(producer.send(record));
        }
    }

    /** A reader with no consumer group: it never commits, so it moves no consumer's offsets. */
    public KafkaConsumer<String, String> reader() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "ops-reader");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    /** The partitions of the topics, in the topics' order and then by number. */
    public List<TopicPartition> partitions(List<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        var described = get(admin().describeTopics(topics).allTopicNames());
        return topics.stream()
                .flatMap(topic -> described.get(topic).partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
    }

    /** Where each partition's records written at or after the instant begin (its end when there are none). */
    public Map<TopicPartition, Long> offsetsSince(List<TopicPartition> partitions, Instant since) {
        return offsets(partitions, OffsetSpec.forTimestamp(since.toEpochMilli()));
    }

    private List<ConsumerRecord<String, String>> read(KafkaConsumer<String, String> reader, TopicPartition partition,
            long from, long until) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        reader.assign(List.of(partition));
        reader.seek(partition, from);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (reader.position(partition, timeout) < until && System.nanoTime() < deadline) {
            for (var record : reader.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() < until) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = get(admin()
                .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)))
                .all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(kafka);
            settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "ops-admin");
            admin = Admin.create(settings);
        }
        return admin;
    }

    private <T> T get(Future<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailable(e);
        }
    }
}
