package org.carepath.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads from the broker how far each consumer group is behind on the topics it reads, and how many
 * records its dead-letter topics hold. Kafka's answers are the truth here: a service's own view of
 * its consumers stops when it does.
 */
public final class LagReader {

    /**
     * Records of the partition the group has still to read.
     *
     * @param committed the group's committed offset; null before it has committed any
     * @param end       the partition's end offset
     */
    public record PartitionLag(String group, String topic, int partition, Long committed, long end, long lag) {
    }

    /** Dead letters: every record the group's dead-letter topic holds (they are kept for ever). */
    public record DeadLetters(String group, String topic, long records) {
    }

    public record Reading(List<PartitionLag> lags, List<DeadLetters> deadLetters) {
    }

    private final Admin admin;
    private final Duration timeout;

    public LagReader(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /**
     * What a group has still to read: from its committed offset, or, before it has committed any,
     * from the earliest record (a new group starts there: auto.offset.reset=earliest).
     */
    static long lag(OffsetAndMetadata committed, long earliest, long latest) {
        long from = committed == null ? earliest : Math.max(committed.offset(), earliest);
        return Math.max(0, latest - from);
    }

    /** Blocks for up to a few round trips to the broker; fails when it does not answer in time. */
    public Reading read(List<IncomingChannel> channels) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> topics = new LinkedHashSet<>();
        channels.forEach(channel -> {
            topics.add(channel.topic());
            channel.deadLetterTopic().ifPresent(topics::add);
        });
        List<TopicPartition> partitions = partitionsOf(topics);
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (String group : channels.stream().map(IncomingChannel::group).collect(Collectors.toCollection(LinkedHashSet::new))) {
            committed.put(group, get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()));
        }
        List<PartitionLag> lags = new ArrayList<>();
        List<DeadLetters> deadLetters = new ArrayList<>();
        for (IncomingChannel channel : channels) {
            for (TopicPartition partition : partitionsOf(partitions, channel.topic())) {
                OffsetAndMetadata offset = committed.get(channel.group()).get(partition);
                lags.add(new PartitionLag(channel.group(), channel.topic(), partition.partition(),
                        offset == null ? null : offset.offset(), latest.get(partition),
                        lag(offset, earliest.get(partition), latest.get(partition))));
            }
            channel.deadLetterTopic().ifPresent(topic -> deadLetters.add(new DeadLetters(channel.group(), topic,
                    partitionsOf(partitions, topic).stream().mapToLong(partition -> latest.get(partition) - earliest.get(partition)).sum())));
        }
        return new Reading(lags, deadLetters);
    }

    /** The partitions of the topics that exist; a dead-letter topic nobody created yet has none. */
    private List<TopicPartition> partitionsOf(Set<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (var described : admin.describeTopics(topics).topicNameValues().entrySet()) {
            described(described.getValue())
                    .ifPresent(topic -> topic.partitions().forEach(info -> partitions.add(new TopicPartition(topic.name(), info.partition()))));
        }
        return partitions;
    }

    private Optional<TopicDescription> described(Future<TopicDescription> topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return Optional.of(get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<TopicPartition> partitionsOf(List<TopicPartition> partitions, String topic) {
        return partitions.stream().filter(partition -> partition.topic().equals(topic)).toList();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, ListOffsetsResultInfo> answer = get(admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec))).all());
        return answer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private <T> T get(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
