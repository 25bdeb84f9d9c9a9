package org.carepath.identity.rebuild;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a rebuild's time goes, in seconds per step, shown in its status: what to look at when it is slow.
 */
final class RebuildSteps {

    enum Step {
        /** Kafka polls. */
        READING,
        /** CloudEvents parsed into the catalogued records. */
        DECODING,
        /** Which events are new: the processed ids written. */
        PROCESSED_IDS,
        /** The handlers' replay mode, in memory. */
        REPLAYING,
        JOURNEY_ROWS,
        RELATIONSHIPS,
        SECTORS,
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
