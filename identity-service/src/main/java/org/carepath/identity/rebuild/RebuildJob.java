package org.carepath.identity.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.rebuild.ChunkReader.Chunk;
import org.carepath.identity.rebuild.RebuildBatch.Redelivery;
import org.carepath.identity.rebuild.RebuildSteps.Step;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * One rebuild, run on a thread of its own: reads the topics in order with a consumer of its own (the
 * live consumers keep their offsets), applies each chunk of records in one transaction on the shadow
 * tables, catches up with what keeps arriving, and switches once it is close enough to the ends. The
 * Kafka reads, the decoding and the handlers' replay run on a second thread ({@link ChunkReader}) while this
 * one writes (plain JDBC, in bulk per chunk): neither blocks an event loop.
 */
final class RebuildJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(RebuildJob.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration DECISION_CHECK = Duration.ofSeconds(1);
    private static final Duration TAIL_PATIENCE = Duration.ofSeconds(10);

    private final Map<String, TopicProjection> projections;
    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final ShadowProjections shadow;
    private final RebuildConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final String startedBy;
    private final Instant startedAt;

    // next offset to apply per partition, in reading order: the directory first, then each person topic
    private final Map<TopicPartition, Long> positions = new LinkedHashMap<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<RebuildFailure> failures = new ArrayList<>();
    private final Semaphore decided = new Semaphore(0);
    private final RebuildSteps steps = new RebuildSteps();
    private volatile long total;
    private volatile long accepted;
    private volatile boolean abandonRequested;
    private volatile String state = RebuildStatus.RUNNING;
    private volatile String error;
    private volatile Instant finishedAt;

    RebuildJob(Map<String, TopicProjection> projections, Supplier<KafkaConsumer<String, String>> consumers,
            ShadowProjections shadow, RebuildConfig config, ObjectMapper json, Clock clock, String startedBy) {
        this.projections = projections;
        this.consumers = consumers;
        this.shadow = shadow;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.startedBy = startedBy;
        this.startedAt = clock.instant();
    }

    RebuildStatus status() {
        Instant end = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        long done = applied.get() + failed.get();
        long rate = Math.round(done / seconds);
        Long eta = RebuildStatus.RUNNING.equals(state) && rate > 0 ? Math.max(0, total - done) / rate : null;
        synchronized (failures) {
            return new RebuildStatus(state, startedBy, startedAt, finishedAt, read.get(), applied.get(), failed.get(),
                    rate, eta, List.copyOf(failures), error, steps.seconds());
        }
    }

    boolean active() {
        return status().active();
    }

    /** Accepts the failures reported so far: the job switches without those records once caught up. */
    synchronized void acceptFailures() {
        accepted = failed.get();
        state = RebuildStatus.RUNNING;
        decided.release();
    }

    void abandon() {
        abandonRequested = true;
        decided.release();
    }

    @Override
    public void run() {
        try {
            shadow.prepare();
            try (var consumer = consumers.get()) {
                discover(consumer);
                rebuildAndSwitch(consumer);
            }
        } catch (Abandoned e) {
            discardShadow();
            finish(RebuildStatus.ABANDONED);
            LOG.infof("projection rebuild abandoned: live projections untouched; %s", status());
        } catch (Throwable e) {
            LOG.errorf(e, "projection rebuild failed: live projections untouched");
            error = String.valueOf(e.getMessage());
            discardShadow();
            finish(RebuildStatus.FAILED);
        }
    }

    private void rebuildAndSwitch(KafkaConsumer<String, String> consumer) throws Exception {
        catchUp(consumer);
        // the copies are nearly full: their missing indexes are built now, once, and what arrives from here on is
        // written with them in place
        long indexing = System.nanoTime();
        shadow.index();
        steps.since(Step.INDEXING, indexing);
        int attempts = 0;
        while (true) {
            catchUp(consumer);
            if (failed.get() > accepted) {
                awaitDecision();
                continue;
            }
            try {
                switchOver(consumer);
                finish(RebuildStatus.SWITCHED);
                LOG.infof("projection rebuild switched: %s", status());
                return;
            } catch (Abandoned e) {
                throw e;
            } catch (Exception e) {
                // a lock not granted in time, or a tail record that failed: catch up again (which records
                // a failing record) and retry
                if (++attempts > config.switchAttempts()) {
                    throw e;
                }
                LOG.warnf("projection rebuild switch attempt %d did not commit: %s", attempts, e.getMessage());
            }
        }
    }

    private void awaitDecision() throws InterruptedException {
        if (!RebuildStatus.AWAITING_DECISION.equals(state)) {
            state = RebuildStatus.AWAITING_DECISION;
            LOG.warnf("projection rebuild awaits a decision on %d failed records: accept them or abandon", failed.get());
        }
        // keeps the shadow tables caught up meanwhile, so an acceptance switches at once
        decided.tryAcquire(DECISION_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        checkAbandoned();
    }

    private void finish(String finalState) {
        finishedAt = clock.instant();
        state = finalState;
    }

    private void discardShadow() {
        try {
            shadow.discard();
        } catch (Exception e) {
            LOG.warnf("could not drop the rebuild schema (the next rebuild drops it): %s", e.getMessage());
        }
    }

    private void discover(KafkaConsumer<String, String> consumer) {
        projections.keySet().forEach(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                .forEach(partition -> positions.put(partition, 0L)));
        consumer.beginningOffsets(positions.keySet()).forEach(positions::put);
        Map<TopicPartition, Long> ends = consumer.endOffsets(positions.keySet());
        total = positions.entrySet().stream().mapToLong(entry -> ends.get(entry.getKey()) - entry.getValue()).sum();
        LOG.infof("projection rebuild started by %s: %d records on %d partitions", startedBy, total, positions.size());
    }

    /** Reads every partition up to its end, again and again, until what is left is small enough to switch. */
    private void catchUp(KafkaConsumer<String, String> consumer) throws Exception {
        long lag;
        do {
            readUpTo(consumer, consumer.endOffsets(positions.keySet()));
            lag = lag(consumer.endOffsets(positions.keySet()));
            total = Math.max(total, read.get() + lag);
        } while (lag > config.switchLag());
    }

    private long lag(Map<TopicPartition, Long> ends) {
        return positions.entrySet().stream().mapToLong(entry -> Math.max(0, ends.get(entry.getKey()) - entry.getValue()))
                .sum();
    }

    /**
     * Applies the partitions up to the ends, chunk by chunk, as a reader on another thread reads and decodes
     * them. The reader has the consumer until it is done: the thread is joined before this returns.
     */
    private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) throws Exception {
        var reader = new ChunkReader(consumer, projections, json, steps, clock, positions, ends, () -> abandonRequested);
        Thread reading = new Thread(reader, "projection-rebuild-reader");
        reading.setDaemon(true);
        reading.start();
        try {
            for (Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
                checkAbandoned();
                apply(chunk);
                positions.put(chunk.partition(), chunk.next());
            }
        } finally {
            reader.stop();
            reading.join();
        }
        checkAbandoned();
    }

    /**
     * One transaction for the chunk, its ids copied in as none can be applied yet; if that fails (a redelivered
     * event, or a record that cannot be written), one with each id checked; if that fails too, each record on
     * its own, so one bad record spoils nothing else.
     */
    private void apply(Chunk chunk) {
        read.addAndGet(chunk.size());
        chunk.poisoned().forEach(poisoned -> fail(poisoned.record(), poisoned.reason()));
        try {
            shadow.write(chunk.events(), Redelivery.NOT_EXPECTED, steps);
            applied.addAndGet(chunk.events().size());
            return;
        } catch (Exception copyFailure) {
            LOG.debugf(copyFailure, "a rebuild chunk of %s failed: writing it again with each event checked",
                    chunk.partition());
        }
        try {
            shadow.write(chunk.events(), Redelivery.SKIPPED, steps);
            applied.addAndGet(chunk.events().size());
        } catch (Exception chunkFailure) {
            LOG.debugf(chunkFailure, "a rebuild chunk of %s failed: applying its records one by one", chunk.partition());
            chunk.events().forEach(this::applyAlone);
        }
    }

    // A record that fails is tried once more in a transaction of its own, then reported: never skipped silently.
    private void applyAlone(ReplayedEvent event) {
        Exception failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                shadow.write(List.of(event), Redelivery.SKIPPED, steps);
                applied.incrementAndGet();
                return;
            } catch (Exception e) {
                failure = e;
            }
        }
        fail(event.record(), failure);
    }

    private void fail(ConsumerRecord<String, String> record, Throwable failure) {
        var reported = new RebuildFailure(record.topic(), record.partition(), record.offset(), eventId(record),
                failure.getClass().getSimpleName() + ": " + failure.getMessage());
        failed.incrementAndGet();
        LOG.warnf("projection rebuild could not apply %s", reported);
        synchronized (failures) {
            if (failures.size() < config.failuresListed()) {
                failures.add(reported);
            }
        }
    }

    private String eventId(ConsumerRecord<String, String> record) {
        try {
            var id = json.readTree(record.value()).path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The switch: in one transaction, pause the live consumers, read what is left up to the ends as they
     * are now, apply it, and swap the tables. Positions and counts move only once that has committed.
     */
    private void switchOver(KafkaConsumer<String, String> consumer) throws Exception {
        List<ReplayedEvent> tail = new ArrayList<>();
        Map<TopicPartition, Long> tailEnds = new LinkedHashMap<>();
        long switching = System.nanoTime();
        try {
            shadow.switchOver(config.lockTimeout(), steps, () -> {
                readTail(consumer, tail, tailEnds);
                return tail;
            });
        } finally {
            steps.since(Step.SWITCH, switching);
        }
        positions.putAll(tailEnds);
        read.addAndGet(tail.size());
        applied.addAndGet(tail.size());
    }

    // A tail record that cannot be decoded or replayed fails the switch; catching up again reports it.
    private void readTail(KafkaConsumer<String, String> consumer, List<ReplayedEvent> into,
            Map<TopicPartition, Long> ends) {
        ends.putAll(consumer.endOffsets(positions.keySet()));
        // the live consumers wait meanwhile: a broker that stops answering must not hold them for long
        Instant deadline = clock.instant().plus(TAIL_PATIENCE);
        for (var entry : ends.entrySet()) {
            TopicPartition partition = entry.getKey();
            long position = positions.get(partition);
            if (position >= entry.getValue()) {
                continue;
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, position);
            while (position < entry.getValue()) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("the tail of " + partition + " did not arrive within " + TAIL_PATIENCE);
                }
                long end = entry.getValue();
                consumer.poll(POLL).records(partition).stream()
                        .filter(record -> record.offset() < end)
                        .forEach(record -> into.add(ReplayedEvent.of(record, projections.get(partition.topic()), json)));
                position = Math.min(end, consumer.position(partition));
            }
        }
    }

    private void checkAbandoned() {
        if (abandonRequested) {
            throw new Abandoned();
        }
    }

    /** Unwinds the job when an operator abandons it. */
    private static final class Abandoned extends RuntimeException {

        Abandoned() {
            super("abandoned", null, false, false);
        }
    }
}
