package org.carepath.referrals.outbox;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How fast the relay drains a backlog: loads rows straight into outbox_message with
 * generate_series, as the benchmark does, and prints events/s. A measurement, not a CI test
 * (its name keeps it out of the default run):
 * {@code mvn -B -ntp -pl referrals-service -am verify -Dtest=OutboxDrainCheck -Dsurefire.failIfNoSpecifiedTests=false -Doutbox.drain.rows=50000}
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class OutboxDrainCheck {

    @Test
    void drainsABacklog() throws SQLException {
        int rows = Integer.getInteger("outbox.drain.rows", 50_000);
        String topic = "outbox-drain-" + UUID.randomUUID();
        String payload = "x".repeat(Integer.getInteger("outbox.drain.payload-bytes", 600));

        long started = System.nanoTime();
        try (Connection connection = OutboxTable.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_message (event_id, topic, message_key, event_type, payload)
                        select gen_random_uuid()::text, ?, lpad((i % 5000)::text, 10, '9'), 'drain.checked', ?
                        from generate_series(1, ?) as i""")) {
            insert.setString(1, topic);
            insert.setString(2, payload);
            insert.setInt(3, rows);
            insert.executeUpdate();
        }
        long inserted = System.nanoTime();
        // fails unless every row is published within the bound
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> OutboxTable.pendingOn(topic) == 0);
        long drained = System.nanoTime();

        double seconds = (drained - inserted) / 1e9;
        System.out.printf("outbox drain: %d rows of %d bytes inserted in %.2f s, drained in %.2f s: %.0f events/s%n",
                rows, payload.length(), (inserted - started) / 1e9, seconds, rows / seconds);
    }
}
