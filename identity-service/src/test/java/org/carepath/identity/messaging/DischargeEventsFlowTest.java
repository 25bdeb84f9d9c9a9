package org.carepath.identity.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.carepath.events.Topics;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** care.discharges.v1 is consumed like every other topic: a poison record is parked on its dead-letter topic. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DischargeEventsFlowTest {

    @Test
    void aPoisonDischargeEventIsDeadLettered() {
        String person = TestPeople.nhsNumber();
        TestKafka.get().send(Topics.DISCHARGES, person, "{\"not\": \"an event\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                TestKafka.get().records(Topics.deadLetter(Topics.DISCHARGES)).stream()
                        .filter(record -> person.equals(record.key()))
                        .count()));
    }
}
