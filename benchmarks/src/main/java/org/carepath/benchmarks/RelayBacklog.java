package org.carepath.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The relay draining a backlog: rows inserted straight into referrals-service's outbox with one
 * SQL statement, then timed until none is pending. They go to a topic of their own that no
 * CarePath consumer reads, so the journey, care plans and relationships never see them, yet they
 * take the same path (same outbox, same relay, same producer, same broker) as a referral event.
 * Only the outbox's original columns are written, so the insert works whatever columns a newer
 * relay adds.
 */
final class RelayBacklog {

    static final String TOPIC = "carepath.bench.relay";

    static final class Outcome {
        long rows;
        long published;
        long dead;
        double seconds;
        boolean complete;

        double eventsPerSecond() {
            return published / seconds;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", rows);
            json.put("published", published);
            json.put("dead", dead);
            json.put("seconds", Latencies.round(seconds));
            json.put("complete", complete);
            json.put("eventsPerSecond", Latencies.round(eventsPerSecond()));
            return json;
        }
    }

    private RelayBacklog() {
    }

    static Outcome measure(String runId, int rows, long timeoutSeconds) throws Exception {
        createTopic();
        Outcome outcome = new Outcome();
        outcome.rows = rows;
        try (Connection referrals = Db.connect("referrals")) {
            boolean deadColumn = Db.hasColumn(referrals, "outbox_message", "dead_at");
            String pending = "select count(*) from outbox_message where topic = ? and published_at is null"
                    + (deadColumn ? " and dead_at is null" : "");
            insert(referrals, runId, rows);
            long start = System.nanoTime();
            long left = rows;
            while (left > 0 && System.nanoTime() - start < timeoutSeconds * 1_000_000_000L) {
                Thread.sleep(100);
                left = Db.count(referrals, pending, TOPIC);
            }
            outcome.seconds = (System.nanoTime() - start) / 1e9;
            outcome.complete = left == 0;
            outcome.published = Db.count(referrals, "select count(*) from outbox_message where topic = ? and published_at is not null", TOPIC);
            outcome.dead = deadColumn
                    ? Db.count(referrals, "select count(*) from outbox_message where topic = ? and dead_at is not null", TOPIC)
                    : 0;
            cleanUp(referrals);
        }
        if (!outcome.complete) {
            // a slow relay may still be sending its last batch: let it finish before the topic goes
            Thread.sleep(5_000);
        }
        deleteTopic();
        return outcome;
    }

    // A structured CloudEvent of about the size of a referral.submitted (~1 KB), keyed over 97 subjects.
    private static void insert(Connection referrals, String runId, int rows) throws SQLException {
        String sql = """
                insert into outbox_message (event_id, topic, message_key, event_type, payload, created_at)
                select 'bench-' || ? || '-' || n, ?, 'bench-' || (n % 97), 'bench.relay-probe',
                       json_build_object('specversion', '1.0', 'id', 'bench-' || ? || '-' || n,
                                         'source', '/carepath/benchmarks', 'type', 'bench.relay-probe',
                                         'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                         'subject', 'bench-' || (n % 97), 'datacontenttype', 'application/json',
                                         'data', json_build_object('sequence', n, 'padding', repeat('x', 800)))::text,
                       now()
                from generate_series(1, ?) as n
                """;
        try (PreparedStatement insert = referrals.prepareStatement(sql)) {
            insert.setString(1, runId);
            insert.setString(2, TOPIC);
            insert.setString(3, runId);
            insert.setInt(4, rows);
            insert.executeUpdate();
        }
    }

    /** The rows were only a probe: whatever is left pending (a slow relay) and what was published go. */
    private static void cleanUp(Connection referrals) throws SQLException {
        try (PreparedStatement delete = referrals.prepareStatement("delete from outbox_message where topic = ?")) {
            delete.setString(1, TOPIC);
            delete.executeUpdate();
        }
    }

    // Three partitions like the care topics; an hour's retention, and deleted after the run anyway.
    private static void createTopic() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1).configs(Map.of("retention.ms", "3600000"))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static void deleteTopic() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Kafka.admin()) {
            admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
        }
    }

}
