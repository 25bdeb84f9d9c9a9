package org.carepath.identity.rebuild;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a rebuild's time goes, in seconds per step, shown in its status: what to look at when it is slow.
 * The reader's steps (reading, decoding, replaying) run beside the writer's, so the steps add up to more
 * than the job took; the waits say which side held the other up.
 */
final class RebuildSteps {

    enum Step {
        /** Kafka polls. */
        READING,
        /** CloudEvents parsed into the catalogued records. */
        DECODING,
        /** The reader waiting for room in the queue: the writer is the slower side. */
        READER_WAITING,
        /** The writer waiting for the reader's next chunk: the reader is the slower side. */
        WRITER_WAITING,
        /** The handlers' replay mode, in memory, on the reader's thread. */
        REPLAYING,
        /** Which events are new: the processed ids written. */
        PROCESSED_IDS,
        JOURNEY_ROWS,
        RELATIONSHIPS,
        SECTORS,
        /** The indexes the journey copy was loaded without, built once it is nearly full. */
        INDEXING,
        /** The last records and the swap, under the live tables' locks. */
        SWITCH;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Step, LongAdder> nanos = new EnumMap<>(Step.class);

    RebuildSteps() {
        for (Step step : Step.values()) {
            nanos.put(step, new LongAdder());
        }
    }

    /** Adds the time since {@code startedAt} (a {@link System#nanoTime()}) to the step; returns now, to time the next. */
    long since(Step step, long startedAt) {
        long now = System.nanoTime();
        nanos.get(step).add(now - startedAt);
        return now;
    }

    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((step, spent) -> seconds.put(step.label(), Math.round(spent.sum() / 1e6) / 1e3));
        return seconds;
    }
}
