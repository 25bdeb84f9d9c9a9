package org.carepath.systemtests.fault;

import java.sql.Array;
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
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carepath.events.Topics;
import org.carepath.testkit.TestEvents;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where each referral of the load ended up, counted from the records themselves: its
 * {@code referral.submitted} events on {@code care.referrals.v1}, its entries on the journey
 * (identity-service's {@code journey_entry}) and its rows in referrals-service's {@code referral}
 * table. Each referral is a different person, so counting by NHS number counts one referral, and
 * also catches a retry that created a second referral instead of finding the first.
 */
final class Deliveries {

    private static final String SUBMITTED = "referral.submitted";

    /** What was found for one NHS number. */
    record Found(List<String> publishedReferralIds, int journeyEntries, Instant firstOnJourney, int referralRows) {

        static final Found NOTHING = new Found(List.of(), 0, null, 0);
    }

    private final KafkaProcess kafka;
    private final PostgresProcess postgres;

    Deliveries(KafkaProcess kafka, PostgresProcess postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** Everything found for the given people now. */
    Map<String, Found> find(List<String> nhsNumbers) throws SQLException {
        Map<String, List<String>> published = published();
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Instant> firstEntry = new HashMap<>();
        try (Connection identity = postgres.connect("identity");
                PreparedStatement query = identity.prepareStatement("select nhs_number, count(*), min(projected_at)"
                        + " from journey_entry where event_type = ? and nhs_number = any(?) group by nhs_number")) {
            query.setString(1, SUBMITTED);
            query.setArray(2, identity.createArrayOf("bpchar", nhsNumbers.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.put(rows.getString(1), rows.getInt(2));
                    firstEntry.put(rows.getString(1), rows.getTimestamp(3).toInstant());
                }
            }
        }
        Map<String, Integer> referralRows = referralRows(nhsNumbers);
        Map<String, Found> found = new HashMap<>();
        for (String nhsNumber : nhsNumbers) {
            found.put(nhsNumber, new Found(published.getOrDefault(nhsNumber, List.of()),
                    entries.getOrDefault(nhsNumber, 0), firstEntry.get(nhsNumber), referralRows.getOrDefault(nhsNumber, 0)));
        }
        return found;
    }

    /** Records on care.referrals.v1 now, all types: it stops changing once the relay has nothing left to send. */
    long referralRecords() {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Map<String, Integer> referralRows(List<String> nhsNumbers) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection referrals = postgres.connect("referrals");
                PreparedStatement query = referrals.prepareStatement(
                        "select nhs_number, count(*) from referral where nhs_number = any(?) group by nhs_number")) {
            Array people = referrals.createArrayOf("bpchar", nhsNumbers.toArray());
            query.setArray(1, people);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Referral ids of every referral.submitted event on the topic, by key (the NHS number). */
    private Map<String, List<String>> published() {
        Map<String, List<String>> byPerson = new HashMap<>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = TestEvents.read(record.value());
                    if (SUBMITTED.equals(event.get("type").asText())) {
                        byPerson.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(event.get("data").get("referralId").asText());
                    }
                }
            }
        }
        return byPerson;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(Topics.REFERRALS, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(Topics.REFERRALS, info.partition()))
                .toList();
    }
}
