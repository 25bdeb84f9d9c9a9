package org.carepath.identity.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.carepath.events.CloudEvent;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.rebuild.RebuildSteps.Step;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the partitions, in the job's order, from its positions up to the given ends, decodes the records and
 * replays them through their topic's handler (in memory), on a thread of its own, handing the job replayed
 * chunks through a bounded queue: all the work in Java runs on one core while the job only writes the previous
 * chunks (and the database works) on the other, and memory holds at most {@link #AHEAD} chunks besides the one
 * being written. Nothing here moves a position: the job does, once it has committed a chunk.
 */
final class ChunkReader implements Runnable {

    /** Enough to keep the writer busy while a poll waits on the broker; more only holds memory. */
    private static final int AHEAD = 2;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STALLED = Duration.ofMinutes(2);
    private static final Chunk END = new Chunk(null, 0, List.of(), List.of(), -1);

    /**
     * One poll's records of one partition.
     *
     * @param size     the records read, decoded or not
     * @param events   those decoded and replayed, in offset order
     * @param poisoned those that cannot be decoded or replayed: no retry applies them, the job reports them
     * @param next     the offset to read from once the chunk is applied
     */
    record Chunk(TopicPartition partition, int size, List<ReplayedEvent> events, List<Poisoned> poisoned, long next) {
    }

    record Poisoned(ConsumerRecord<String, String> record, RuntimeException reason) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, TopicProjection> projections;
    private final ObjectMapper json;
    private final RebuildSteps steps;
    private final Clock clock;
    private final Map<TopicPartition, Long> from;
    private final Map<TopicPartition, Long> ends;
    private final BooleanSupplier abandoned;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean stopped;
    private volatile Throwable failure;

    /**
     * @param from      where to start reading each partition, in reading order (the reader keeps a copy)
     * @param abandoned whether the job was abandoned: the reader stops at its next poll
     */
    ChunkReader(KafkaConsumer<String, String> consumer, Map<String, TopicProjection> projections, ObjectMapper json,
            RebuildSteps steps, Clock clock, Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends,
            BooleanSupplier abandoned) {
        this.consumer = consumer;
        this.projections = projections;
        this.json = json;
        this.steps = steps;
        this.clock = clock;
        this.from = new LinkedHashMap<>(from);
        this.ends = ends;
        this.abandoned = abandoned;
    }

    @Override
    public void run() {
        try {
            for (var start : from.entrySet()) {
                readUpTo(start.getKey(), start.getValue(), ends.get(start.getKey()));
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            hand(END);
        }
    }

    /**
     * The next chunk in reading order, or null when every partition has been read up to its end (or the job
     * was abandoned).
     *
     * @throws Exception why the reader stopped, if it failed
     */
    Chunk next() throws Exception {
        long waiting = System.nanoTime();
        Chunk chunk = chunks.take();
        steps.since(Step.WRITER_WAITING, waiting);
        if (chunk != END) {
            return chunk;
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("the rebuild's reader failed", failure);
        }
        return null;
    }

    /** Stops the reader (when the job stops taking chunks); the job joins the thread before it uses the consumer. */
    void stop() {
        stopped = true;
    }

    private void readUpTo(TopicPartition partition, long start, long end) {
        if (start >= end) {
            return;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, start);
        long position = start;
        Instant lastProgress = clock.instant();
        while (position < end && !stopping()) {
            long polling = System.nanoTime();
            List<ConsumerRecord<String, String>> records = consumer.poll(POLL).records(partition);
            long next = Math.min(end, consumer.position(partition));
            steps.since(Step.READING, polling);
            if (records.isEmpty() && next <= position) {
                if (Duration.between(lastProgress, clock.instant()).compareTo(STALLED) > 0) {
                    throw new IllegalStateException("no records from " + partition + " for " + STALLED);
                }
                continue;
            }
            hand(replay(partition, records, end, next));
            position = next;
            lastProgress = clock.instant();
        }
    }

    // A record that cannot be decoded or replayed is poisoned for good: the job reports it, the rest of the chunk goes on.
    private Chunk replay(TopicPartition partition, List<ConsumerRecord<String, String>> records, long end, long next) {
        TopicProjection projection = projections.get(partition.topic());
        List<ReplayedEvent> events = new ArrayList<>(records.size());
        List<Poisoned> poisoned = new ArrayList<>();
        int size = 0;
        for (ConsumerRecord<String, String> record : records) {
            if (record.offset() >= end) {
                break;
            }
            size++;
            try {
                long decoding = System.nanoTime();
                CloudEvent<?> event = ReplayedEvent.decode(record, json);
                long replaying = steps.since(Step.DECODING, decoding);
                events.add(ReplayedEvent.replay(record, event, projection));
                steps.since(Step.REPLAYING, replaying);
            } catch (RuntimeException e) {
                // a PoisonEventException as the live consumer's, or the handler's refusal to replay it
                poisoned.add(new Poisoned(record, e));
            }
        }
        return new Chunk(partition, size, events, poisoned, next);
    }

    // Waits for room in the queue, but not for a job that has stopped taking chunks.
    private void hand(Chunk chunk) {
        long waiting = System.nanoTime();
        try {
            boolean handed = false;
            while (!handed && !stopped) {
                handed = chunks.offer(chunk, POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        steps.since(Step.READER_WAITING, waiting);
    }

    private boolean stopping() {
        return stopped || abandoned.getAsBoolean();
    }
}
