package org.carepath.insights.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * The current or last rebuild, as {@code GET /ops/insights/rebuild} shows it.
 *
 * @param state      {@code running}, {@code switched} (the rebuilt facts are live) or {@code failed} (the live
 *                   facts are untouched; {@code error} says why)
 * @param generation the generation of facts it builds
 * @param total      records on the topics when it started, to read
 * @param read       records read so far
 * @param failed     records that could not be applied: each is listed (up to {@link #LISTED}), never skipped silently;
 *                   the live consumers dead-lettered the same records, so the rebuilt facts lack what the live ones lack
 */
public record RebuildStatus(String state, int generation, String startedBy, Instant startedAt, Instant finishedAt,
        long total, long read, long applied, long failed, List<RebuildFailure> failures, String error) {

    public static final String RUNNING = "running";
    public static final String SWITCHED = "switched";
    public static final String FAILED = "failed";
    public static final int LISTED = 100;

    public boolean running() {
        return RUNNING.equals(state);
    }

    /** A record the rebuild could not apply, and why. */
    public record RebuildFailure(String topic, int partition, long offset, String reason) {
    }
}
