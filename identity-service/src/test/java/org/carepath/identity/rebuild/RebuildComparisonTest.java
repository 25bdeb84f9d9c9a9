package org.carepath.identity.rebuild;

import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;
import org.carepath.identity.Staff;
import org.carepath.identity.TestClock;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Puts more than 50,000 events on the topics, lets the live consumers apply them, then rebuilds
 * while the journey is being read and a few more live events arrive: the rebuilt projections equal
 * the live ones row for row (generated ids and the times they were written aside), and the later events are in
 * them exactly once.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RebuildComparisonTest {

    private static final int PEOPLE = 7_200;
    private static final int EVENTS_PER_PERSON = 7;
    // bounds for a 2-core machine busy with other builds; unloaded, each phase takes a minute or two
    private static final Duration LIVE_PATIENCE = Duration.ofMinutes(10);
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(10);
    // a week before the test clock's now: the completed referral's grace period still runs, so the reader stays involved
    private static final Instant DAY = TestClock.START.minus(Duration.ofDays(7));

    private static final String JOURNEY = """
            select nhs_number, event_id, event_type, occurred_at, recorded_at, organisation, team, actor, summary, source_topic
            from journey_entry order by event_id""";
    private static final String RELATIONSHIPS = """
            select nhs_number, organisation, team, basis, subject_key, description, practitioner, source_event_id,
                   started_at, ended_at, origin_event_type, own_act, initiated_by, initiated_by_name, stated_reason,
                   lapses_at, confirmed_at
            from care_relationship order by source_event_id, organisation, basis""";
    private static final String SECTORS = "select organisation, sector from organisation_sector order by organisation";

    @Test
    void aRebuildEqualsTheLiveProjectionsRowForRow() throws Exception {
        Directory.publishSectors();
        long appliedBefore = processedEvents();
        List<String> people = new ArrayList<>();
        try (var producer = bulkProducer()) {
            for (int i = 0; i < PEOPLE; i++) {
                people.add(TestPeople.nhsNumber());
                storyOf(people.get(i)).forEach(event -> send(producer, event));
            }
        }
        long sent = (long) PEOPLE * EVENTS_PER_PERSON;
        long liveStarted = System.nanoTime();
        await().atMost(LIVE_PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> processedEvents() >= appliedBefore + sent);
        System.out.printf("live consumers applied %d events in %d s%n", sent, (System.nanoTime() - liveStarted) / 1_000_000_000L);
        List<List<Object>> journeyBefore = rows(JOURNEY);
        List<List<Object>> relationshipsBefore = rows(RELATIONSHIPS);
        List<List<Object>> sectorsBefore = rows(SECTORS);
        long entriesPerStory = journeyBefore.stream().filter(row -> people.get(0).equals(row.get(0))).count();
        assertTrue(entriesPerStory >= EVENTS_PER_PERSON - 1, "entries of one story " + entriesPerStory);
        assertTrue(journeyBefore.size() >= PEOPLE * entriesPerStory, "journey entries " + journeyBefore.size());

        var reads = new ConcurrentLinkedQueue<Integer>();
        var reading = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<?> readsDone = reader.submit(() -> readWhile(reading, people.get(0), reads));
        List<String> lateIds = new ArrayList<>();
        String latePerson = TestPeople.nhsNumber();
        try {
            Rebuilds.start().statusCode(202);
            await().atMost(REBUILD_PATIENCE).until(() -> Rebuilds.status().getLong("read") > sent / 10);
            storyOf(latePerson).forEach(event -> {
                TestEvents.publish(event);
                lateIds.add(event.id());
            });
            var switched = Rebuilds.awaitSwitch(REBUILD_PATIENCE);
            // the figure to compare runs by (no assertion depends on it: the machine's load varies)
            Duration took = Duration.between(Instant.parse(switched.getString("startedAt")),
                    Instant.parse(switched.getString("finishedAt")));
            System.out.printf("rebuild: read %d, applied %d, failed %d in %.1f s, %d events/s; seconds per step %s%n",
                    switched.getLong("read"), switched.getLong("applied"), switched.getLong("failed"),
                    took.toMillis() / 1000.0, switched.getLong("eventsPerSecond"), switched.getMap("steps"));
        } finally {
            reading.set(false);
            readsDone.get();
            reader.shutdown();
        }
        assertTrue(reads.size() > 5, "reads during the rebuild: " + reads.size());
        assertTrue(reads.stream().allMatch(total -> total == entriesPerStory), "journey sizes read " + reads);

        // the late events reach the switched tables once, whichever side of the switch applied them
        await().atMost(LIVE_PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> (Long) rows("select count(*) from journey_entry where nhs_number = '" + latePerson + "'")
                        .get(0).get(0) == entriesPerStory);
        assertEquals(journeyBefore, withoutEvents(rows(JOURNEY), lateIds, 1));
        assertEquals(relationshipsBefore, withoutEvents(rows(RELATIONSHIPS), lateIds, 7));
        assertEquals(sectorsBefore, rows(SECTORS));
    }

    /** One person's story: a referral accepted and completed, a care plan with a coordinator and a member who leaves. */
    private static List<CloudEvent<CareEvent>> storyOf(String person) {
        UUID plan = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        var submitted = Referrals.hospitalToCommunity(person, DAY);
        return List.of(submitted,
                Referrals.acceptedByReablement(submitted, DAY.plusSeconds(3_600)),
                CarePlans.draftFromReferral(person, plan, DAY.plusSeconds(7_200)),
                CarePlans.councilJoins(person, plan, member, DAY.plusSeconds(10_800)),
                CarePlans.amyCoordinates(person, plan, DAY.plusSeconds(14_400)),
                CarePlans.councilLeaves(person, plan, member, DAY.plusSeconds(18_000)),
                Referrals.completedByReablement(submitted, DAY.plusSeconds(86_400)));
    }

    private static void readWhile(AtomicBoolean reading, String person, ConcurrentLinkedQueue<Integer> reads) {
        while (reading.get()) {
            reads.add(journey(Staff.communityNurse(), person).statusCode(200).extract().jsonPath().getInt("total"));
        }
    }

    private static KafkaProducer<String, String> bulkProducer() {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, CloudEvent<CareEvent> event) {
        var record = new ProducerRecord<>(EventCatalog.find(event.type()).orElseThrow().topic(), event.subject(),
                TestEvents.json(event));
        record.headers().add(CloudEvent.CONTENT_TYPE_HEADER, CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvent.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static List<List<Object>> withoutEvents(List<List<Object>> rows, List<String> eventIds, int eventIdColumn) {
        return rows.stream().filter(row -> !eventIds.contains(row.get(eventIdColumn))).toList();
    }

    private static long processedEvents() throws SQLException {
        return (Long) rows("select count(*) from processed_event where consumer = 'journey'").get(0).get(0);
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
