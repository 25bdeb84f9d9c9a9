package org.carepath.referrals.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.domain.TooLarge;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The outbox relay against real PostgreSQL and Kafka. The fallback poll is set to ten minutes, so
 * whatever is published within seconds was woken by the commit's NOTIFY, or found by a relay that
 * was still draining or falling asleep.
 */
@QuarkusTest
@TestProfile(OutboxRelayFlowTest.NotifyOnly.class)
@WithTestResource(CarePathTestResource.class)
class OutboxRelayFlowTest {

    private static final Duration WELL_UNDER_THE_POLL = Duration.ofSeconds(5);

    public static class NotifyOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carepath.outbox.poll-interval", "10m");
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void aSubmittedReferralIsPublishedAtOnceWithoutWaitingForThePoll() {
        String person = TestPeople.nhsNumber();
        var body = Referrals.urgentFor(person, Directory.reablement());

        String referralId = Referrals.submit(body);

        await().atMost(WELL_UNDER_THE_POLL).pollInterval(Duration.ofMillis(50))
                .until(() -> pendingRowsKeyed(person) == 0);
        var records = TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> person.equals(record.key()))
                .toList();
        assertEquals(1, records.size(), "published exactly once");
        assertEquals(referralId, TestEvents.read(records.get(0).value()).get("data").get("referralId").asText());
    }

    @Test
    void aBurstIsPublishedOnceEachInTheOrderOfEveryKey() throws SQLException {
        String topic = "outbox-burst-" + UUID.randomUUID();
        int rows = 3000;
        int keys = 20;
        insertBurst(topic, rows, keys);

        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxTable.pendingOn(topic) == 0);

        List<ConsumerRecord<String, String>> records = TestKafka.get().records(topic);
        assertEquals(rows, records.size(), "each row exactly once");
        Map<String, List<Integer>> sequenceByKey = new HashMap<>();
        records.forEach(record -> sequenceByKey.computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(Integer.parseInt(record.value())));
        assertEquals(keys, sequenceByKey.size());
        sequenceByKey.forEach((key, sequence) -> assertEquals(sequence.stream().sorted().toList(), sequence,
                "key " + key + " in commit order"));
        assertEquals(rows, sequenceByKey.values().stream().flatMap(List::stream).distinct().count());
    }

    @Test
    void commitsWhileTheRelayDrainsAndFallsAsleepAreEachPublishedWithoutThePoll() throws Exception {
        String topic = "outbox-trickle-" + UUID.randomUUID();
        int writers = 8;
        int each = 40;
        // one row per transaction from several connections, unevenly spaced: commits land while the relay
        // drains (and does not listen), while it waits for them to fall asleep, and while it is asleep
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String key = "writer-" + writer;
                done.add(threads.submit(() -> trickle(topic, key, each)));
            }
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        await().atMost(WELL_UNDER_THE_POLL).until(() -> OutboxTable.pendingOn(topic) == 0);
        assertEquals(writers * each, TestKafka.get().records(topic).size(), "each row exactly once");
        // nothing pending, so the relay has marked itself asleep and the next commit notifies
        await().atMost(WELL_UNDER_THE_POLL).until(() -> OutboxTable.count("select count(*) from outbox_relay where asleep::text = ?", "true") == 1);
    }

    @Test
    void aCommitThatDidNotNotifyIsFoundWhenItRacesTheRelayFallingAsleep() throws Exception {
        String topic = "outbox-race-" + UUID.randomUUID();
        try (Connection holding = OutboxTable.connect(); Connection racing = OutboxTable.connect()) {
            // an insert left open holds the relay awake: falling asleep waits for it, times out and looks again
            holding.setAutoCommit(false);
            OutboxTable.insert(holding, topic, "held", "race.sent", "never committed");
            try (Connection waking = OutboxTable.connect()) {
                OutboxTable.insert(waking, topic, "first", "race.sent", "0");
            }
            await().atMost(WELL_UNDER_THE_POLL).until(() -> OutboxTable.pendingOn(topic) == 0
                    && OutboxTable.count("select count(*) from outbox_relay where asleep::text = ?", "false") == 1);

            // so this commit does not notify; once the other insert is gone, it alone holds the relay's sleep back
            racing.setAutoCommit(false);
            long raced = OutboxTable.insert(racing, topic, "raced", "race.sent", "1");
            holding.rollback();
            await().atMost(WELL_UNDER_THE_POLL).pollInterval(Duration.ofMillis(2)).until(OutboxRelayFlowTest::relayWaitsToFallAsleep);
            racing.commit();

            await().atMost(WELL_UNDER_THE_POLL).until(() -> publishedAt(raced) != null);
        }
        assertEquals(List.of("0", "1"), TestKafka.get().records(topic).stream().map(ConsumerRecord::value).sorted().toList());
    }

    /** The relay's request for the lock every outbox insert holds shared (OutboxRows.ASLEEP_LOCK), not yet granted. */
    private static boolean relayWaitsToFallAsleep() throws SQLException {
        return OutboxTable.count("""
                select count(*) from pg_locks where locktype = 'advisory' and classid = 0 and objid = ?::oid
                and mode = 'ExclusiveLock' and not granted""", "212395944") == 1;
    }

    private static Void trickle(String topic, String key, int rows) throws SQLException, InterruptedException {
        try (Connection connection = OutboxTable.connect()) {
            for (int row = 0; row < rows; row++) {
                OutboxTable.insert(connection, topic, key, "trickle.sent", Integer.toString(row));
                Thread.sleep(ThreadLocalRandom.current().nextInt(20));
            }
        }
        return null;
    }

    @Test
    void rowsKafkaRefusesForGoodAreSetAsideWithTheirReasonAndLaterRowsGoOn() throws SQLException {
        String topic = "outbox-poison-" + UUID.randomUUID();
        long first;
        long invalidTopic;
        long tooLarge;
        long last;
        try (Connection connection = OutboxTable.connect()) {
            connection.setAutoCommit(false);
            first = insert(connection, topic, "k", "1");
            invalidTopic = insert(connection, "not a topic!", "k", "2");
            // beyond the producer's max.request.size (1 MiB): no broker would take it
            tooLarge = insert(connection, topic, "k", "x".repeat(1_200_000));
            last = insert(connection, topic, "k", "3");
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> OutboxTable.pendingOn(topic) == 0 && OutboxTable.pendingOn("not a topic!") == 0);

        assertNotNull(publishedAt(first));
        assertNotNull(publishedAt(last));
        assertTrue(deadReason(invalidTopic).startsWith("InvalidTopicException"), deadReason(invalidTopic));
        assertTrue(deadReason(tooLarge).startsWith("RecordTooLargeException"), deadReason(tooLarge));
        assertNull(publishedAt(invalidTopic));
        assertNull(publishedAt(tooLarge));
        assertEquals(List.of("1", "3"), TestKafka.get().records(topic).stream().map(ConsumerRecord::value).toList());
        given().get("/q/metrics").then().statusCode(200).body(containsString("carepath_outbox_pending_rows"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertTrue(deadRowsGauge() >= 2, "dead rows are counted"));
    }

    @Test
    void anEventTooLargeForKafkaIsRefusedBeforeCommitAndNothingIsStored() throws SQLException {
        var event = CloudEvent.of("/carepath/test", "note.written", TestPeople.nhsNumber(), Instant.parse("2026-01-05T10:00:00Z"),
                new Note("x".repeat(1_000_001)));

        var refusal = assertThrows(TooLarge.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> outbox.append("care.notes.v1", event))));

        assertEquals("event-too-large", refusal.code());
        assertEquals(0, OutboxTable.count("select count(*) from outbox_message where event_id = ?", event.id()));
    }

    record Note(String text) {
    }

    private static void insertBurst(String topic, int rows, int keys) throws SQLException {
        try (Connection connection = OutboxTable.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_message (event_id, topic, message_key, event_type, payload)
                        select gen_random_uuid()::text, ?, 'key-' || (i % ?), 'burst.sent', i::text
                        from generate_series(1, ?) as i""")) {
            insert.setString(1, topic);
            insert.setInt(2, keys);
            insert.setInt(3, rows);
            insert.executeUpdate();
        }
    }

    private static long insert(Connection connection, String topic, String key, String payload) throws SQLException {
        return OutboxTable.insert(connection, topic, key, "poison.tried", payload);
    }

    private static long pendingRowsKeyed(String key) throws SQLException {
        return OutboxTable.count("select count(*) from outbox_message where published_at is null and dead_at is null and message_key = ?", key);
    }

    private static Object publishedAt(long position) throws SQLException {
        return column("published_at", position);
    }

    private static String deadReason(long position) throws SQLException {
        return (String) column("dead_reason", position);
    }

    private static Object column(String name, long position) throws SQLException {
        try (Connection connection = OutboxTable.connect();
                PreparedStatement query = connection.prepareStatement("select " + name + " from outbox_message where position = ?")) {
            query.setLong(1, position);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getObject(1);
            }
        }
    }

    private static double deadRowsGauge() {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("carepath_outbox_dead_rows"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }
}
