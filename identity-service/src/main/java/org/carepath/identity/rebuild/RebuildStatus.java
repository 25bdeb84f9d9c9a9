package org.carepath.identity.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The current or last rebuild job, as {@code GET /ops/projections/rebuild} shows it.
 *
 * @param state           {@code running}, {@code awaiting-decision} (failed records wait to be accepted or the job
 *                        abandoned), {@code switched}, {@code abandoned} or {@code failed}
 * @param read            records read from the topics
 * @param applied         records applied to the rebuilt projections
 * @param failed          records that could not be applied (listed in failures, up to a limit)
 * @param eventsPerSecond records applied per second since the job started
 * @param etaSeconds      estimated seconds until every record on the topics when it started is applied
 * @param error           why a failed job failed
 * @param steps           seconds spent per step (reading, decoding, the parts of writing), to see where time goes
 */
public record RebuildStatus(String state, String startedBy, Instant startedAt, Instant finishedAt, long read,
        long applied, long failed, long eventsPerSecond, Long etaSeconds, List<RebuildFailure> failures,
        String error, Map<String, Double> steps) {

    public static final String RUNNING = "running";
    public static final String AWAITING_DECISION = "awaiting-decision";
    public static final String SWITCHED = "switched";
    public static final String ABANDONED = "abandoned";
    public static final String FAILED = "failed";

    public boolean active() {
        return RUNNING.equals(state) || AWAITING_DECISION.equals(state);
    }
}
