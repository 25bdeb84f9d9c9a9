package org.carepath.identity.messaging;

import static org.awaitility.Awaitility.await;
import java.time.Duration;
import java.util.UUID;

import org.carepath.events.Topics;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** care.discharges.v1 is consumed like every other topic: a poison record is parked on identity-service's own dead-letter topic of it. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DischargeEventsFlowTest {

    @Test
    void aPoisonDischargeEventIsDeadLetteredWithItsEventId() {
        String person = TestPeople.nhsNumber();
        String eventId = UUID.randomUUID().toString();
        // a readable envelope whose data breaks its record
        String poison = """
                {"specversion": "1.0", "id": "%s", "source": "/carepath/discharge-service", "type": "discharge.admitted",
                 "time": "2026-11-20T09:00:00Z", "subject": "%s", "data": 42}""".formatted(eventId, person);
        TestKafka.get().send(Topics.DISCHARGES, person, poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.DISCHARGES, person,
                poison, "identity-service", TopicProjection.CONSUMER, eventId, 1, "does not match its record"));
    }
}
