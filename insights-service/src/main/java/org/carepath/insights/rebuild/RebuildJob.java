package org.carepath.insights.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.insights.facts.Fact;
import org.carepath.insights.facts.Facts;
import org.carepath.insights.facts.Generations;
import org.carepath.insights.rebuild.RebuildStatus.RebuildFailure;
import org.carepath.platform.inbox.CloudEventReader;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/**
 * One rebuild: reads every partition of the topics from its beginning up to its end as it was at the start
 * (what arrives later the live consumers write to this generation too), one transaction per poll, then
 * switches. A poll whose transaction fails is applied again record by record, so one bad record spoils
 * nothing else and is reported with its topic, partition and offset.
 */
final class RebuildJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(RebuildJob.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STALLED = Duration.ofMinutes(2);

    private final int generation;
    private final Facts facts;
    private final FactGenerations generations;
    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final ObjectMapper json;
    private final Clock clock;
    private final String startedBy;
    private final Instant startedAt;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private final List<RebuildFailure> failures = new ArrayList<>();
    private volatile long failed;
    private volatile long total;
    private volatile String state = RebuildStatus.RUNNING;
    private volatile String error;
    private volatile Instant finishedAt;

    RebuildJob(int generation, Facts facts, FactGenerations generations, Supplier<KafkaConsumer<String, String>> consumers,
            ObjectMapper json, Clock clock, String startedBy) {
        this.generation = generation;
        this.facts = facts;
        this.generations = generations;
        this.consumers = consumers;
        this.json = json;
        this.clock = clock;
        this.startedBy = startedBy;
        this.startedAt = clock.instant();
    }

    RebuildStatus status() {
        synchronized (failures) {
            return new RebuildStatus(state, generation, startedBy, startedAt, finishedAt, total, read.get(), applied.get(),
                    failed, List.copyOf(failures), error);
        }
    }

    @Override
    public void run() {
        try (var consumer = consumers.get()) {
            Map<TopicPartition, Long> ends = partitions(consumer);
            for (var end : ends.entrySet()) {
                readUpTo(consumer, end.getKey(), end.getValue());
            }
            VertxContextSupport.subscribeAndAwait(() -> generations.switchTo(generation));
            finish(RebuildStatus.SWITCHED);
            LOG.infof("insights rebuild switched to generation %d: %s", generation, status());
        } catch (Throwable e) {
            LOG.errorf(e, "insights rebuild of generation %d failed: the live facts are untouched", generation);
            error = String.valueOf(e.getMessage());
            dropBuilt();
            finish(RebuildStatus.FAILED);
        }
    }

    /** Every partition of the topics, with its end offset now; counts what lies between its beginning and that end. */
    private Map<TopicPartition, Long> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = Facts.TOPICS.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        total = ends.entrySet().stream().mapToLong(end -> end.getValue() - beginnings.get(end.getKey())).sum();
        return ends;
    }

    private void readUpTo(KafkaConsumer<String, String> consumer, TopicPartition partition, long end) throws Throwable {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long position = consumer.position(partition);
        Instant lastProgress = clock.instant();
        while (position < end) {
            List<ConsumerRecord<String, String>> records = consumer.poll(POLL).records(partition).stream()
                    .filter(record -> record.offset() < end)
                    .toList();
            if (records.isEmpty()) {
                if (Duration.between(lastProgress, clock.instant()).compareTo(STALLED) > 0) {
                    throw new IllegalStateException("no records from " + partition + " for " + STALLED);
                }
                position = consumer.position(partition);
                continue;
            }
            apply(records);
            position = Math.min(end, consumer.position(partition));
            lastProgress = clock.instant();
        }
    }

    private void apply(List<ConsumerRecord<String, String>> records) throws Throwable {
        read.addAndGet(records.size());
        List<Decoded> decoded = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                decode(record).ifPresent(upserts -> decoded.add(new Decoded(record, upserts)));
            } catch (RuntimeException e) {
                // unreadable, or not of its topic's kind: the live consumer dead-letters the same record
                fail(record, e);
            }
        }
        try {
            write(decoded.stream().flatMap(one -> one.facts().stream()).toList());
            applied.addAndGet(decoded.size());
        } catch (Throwable chunkFailure) {
            LOG.debugf(chunkFailure, "an insights rebuild chunk failed: applying its records one by one");
            for (Decoded one : decoded) {
                applyAlone(one);
            }
        }
    }

    private void applyAlone(Decoded one) {
        try {
            write(one.facts());
            applied.incrementAndGet();
        } catch (Throwable e) {
            fail(one.record(), e);
        }
    }

    /** The record's facts; none for a type missing from the catalogue (a newer producer's), as the live consumer skips it. */
    private Optional<List<Fact>> decode(ConsumerRecord<String, String> record) {
        Optional<CloudEvent<CareEvent>> event = CloudEventReader.read(json, record.value());
        return event.map(known -> facts.of(record.topic(), known));
    }

    private void write(List<Fact> upserts) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> facts.write(upserts, Generations.only(generation))));
    }

    private void fail(ConsumerRecord<String, String> record, Throwable failure) {
        var reported = new RebuildFailure(record.topic(), record.partition(), record.offset(),
                failure.getClass().getSimpleName() + ": " + failure.getMessage());
        LOG.warnf("insights rebuild could not apply %s", reported);
        synchronized (failures) {
            failed++;
            if (failures.size() < RebuildStatus.LISTED) {
                failures.add(reported);
            }
        }
    }

    private void dropBuilt() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> generations.drop(generation));
        } catch (Throwable e) {
            LOG.warnf("could not drop generation %d (the next rebuild drops it): %s", generation, e.getMessage());
        }
    }

    private void finish(String finalState) {
        finishedAt = clock.instant();
        state = finalState;
    }

    /** A record and the upserts it makes. */
    private record Decoded(ConsumerRecord<String, String> record, List<Fact> facts) {
    }
}
