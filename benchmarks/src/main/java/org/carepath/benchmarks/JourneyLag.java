package org.carepath.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submit → journey: for each accepted referral, the time from the client's send to identity-service
 * recording its referral.submitted entry ({@code journey_entry.projected_at}, written with the same
 * machine clock). Read from identity's database after the load, so polling adds no load or error
 * of its own; each run's referrals are distinct people, so an NHS number finds its entry.
 */
final class JourneyLag {

    static final class Outcome {
        final Latencies latencies = new Latencies();
        long accepted;
        long onJourney;
        long waitedSeconds;

        /** Entries still missing when the wait ended count as at least that late: p99 is then a lower bound. */
        boolean complete() {
            return onJourney == accepted;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("accepted", accepted);
            json.put("onJourney", onJourney);
            json.put("complete", complete());
            json.put("latency", latencies.json());
            return json;
        }
    }

    private JourneyLag() {
    }

    static Outcome measure(List<SubmitLoad.Accepted> accepted, long timeoutSeconds) throws SQLException, InterruptedException {
        Outcome outcome = new Outcome();
        outcome.accepted = accepted.size();
        if (accepted.isEmpty()) {
            return outcome;
        }
        Map<String, Instant> sentAt = new HashMap<>();
        Instant earliest = Instant.MAX;
        for (SubmitLoad.Accepted referral : accepted) {
            sentAt.put(referral.nhsNumber(), referral.sentAt());
            earliest = referral.sentAt().isBefore(earliest) ? referral.sentAt() : earliest;
        }
        long started = System.nanoTime();
        Map<String, Instant> recorded = Map.of();
        try (Connection identity = Db.connect("identity")) {
            while (true) {
                recorded = recordedAt(identity, sentAt, earliest);
                long waited = (System.nanoTime() - started) / 1_000_000_000L;
                if (recorded.size() >= sentAt.size() || waited >= timeoutSeconds) {
                    outcome.waitedSeconds = waited;
                    break;
                }
                Thread.sleep(1_000);
            }
        }
        Instant gaveUp = Instant.now();
        for (Map.Entry<String, Instant> referral : sentAt.entrySet()) {
            Instant entry = recorded.get(referral.getKey());
            Instant end = entry != null ? entry : gaveUp;
            outcome.latencies.recordMicros(micros(referral.getValue(), end));
        }
        outcome.onJourney = recorded.size();
        return outcome;
    }

    private static Map<String, Instant> recordedAt(Connection identity, Map<String, Instant> sentAt, Instant since) throws SQLException {
        Map<String, Instant> recorded = new HashMap<>();
        String sql = "select nhs_number, min(projected_at) from journey_entry"
                + " where event_type = 'referral.submitted' and projected_at >= ? and nhs_number::text = any(?)"
                + " group by nhs_number";
        try (PreparedStatement statement = identity.prepareStatement(sql)) {
            Array numbers = identity.createArrayOf("text", sentAt.keySet().toArray());
            statement.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            statement.setArray(2, numbers);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.put(rows.getString(1).trim(), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return recorded;
    }

    private static long micros(Instant from, Instant to) {
        return Math.max(0, (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000L + (to.getNano() - from.getNano()) / 1_000);
    }
}
