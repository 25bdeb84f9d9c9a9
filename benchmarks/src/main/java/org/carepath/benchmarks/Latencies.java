package org.carepath.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds (up to 10 minutes, 3 significant digits), safe to record from many threads. */
final class Latencies {

    private static final long HIGHEST_MICROS = 600_000_000L;

    private final Histogram histogram = new ConcurrentHistogram(HIGHEST_MICROS, 3);

    void recordMicros(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, HIGHEST_MICROS)));
    }

    void recordNanos(long nanos) {
        recordMicros(nanos / 1_000);
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1_000.0;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count());
        json.put("p50Ms", round(percentileMillis(50)));
        json.put("p90Ms", round(percentileMillis(90)));
        json.put("p99Ms", round(percentileMillis(99)));
        json.put("p999Ms", round(percentileMillis(99.9)));
        json.put("maxMs", round(maxMillis()));
        return json;
    }

    static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10.0) / 10.0;
    }
}
