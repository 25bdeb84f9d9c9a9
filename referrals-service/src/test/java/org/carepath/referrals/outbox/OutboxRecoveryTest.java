package org.carepath.referrals.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A relay that starts after a crash between Kafka taking a batch and the outbox marking it: it
 * reads the tail of Kafka first and only marks what is there, so nothing goes out twice. Its own
 * profile gives it a freshly started relay, which has not yet looked at Kafka.
 */
@QuarkusTest
@TestProfile(OutboxRecoveryTest.FreshRelay.class)
@WithTestResource(CarePathTestResource.class)
class OutboxRecoveryTest {

    private static final String SERVICE = "referrals-service";

    public static class FreshRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing but these rows may reach the relay before the test has put them in place
            return Map.of("carepath.outbox.poll-interval", "10m", "carepath.check-interval", "10m");
        }
    }

    @Test
    void rowsKafkaTookBeforeACrashAreMarkedNotSentAgainAndTheRestAreSent() throws SQLException {
        String topic = "outbox-recovery-" + UUID.randomUUID();
        List<Long> positions = new ArrayList<>();
        try (Connection connection = OutboxTable.connect()) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= 10; i++) {
                positions.add(OutboxTable.insert(connection, topic, "key-" + (i % 3), "recovery.tried", Integer.toString(i)));
            }
            // the first six went out with the origin header the relay writes, and the service died before marking them
            for (int i = 0; i < 6; i++) {
                TestKafka.get().send(topic, "key-" + ((i + 1) % 3), Integer.toString(i + 1),
                        "carepath-outbox-origin", SERVICE + "/" + positions.get(i));
            }
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxTable.pendingOn(topic) == 0);

        List<String> values = TestKafka.get().records(topic).stream().map(ConsumerRecord::value).sorted(
                (a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), values, "each row once in Kafka");
    }
}
