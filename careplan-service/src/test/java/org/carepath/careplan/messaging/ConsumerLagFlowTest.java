package org.carepath.careplan.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.carepath.events.Practitioner;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.Metrics;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * The lag ops see on /q/metrics is the broker's: it appears while careplan-service's consumer is
 * held back and clears once the consumer has caught up and committed.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ConsumerLagFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");

    @Inject
    KafkaClientService kafka;

    @Test
    void lagAppearsWhileTheConsumerIsHeldBackAndClearsWhenItCatchesUp() {
        var consumer = kafka.<String, String>getConsumer("referrals");
        await().atMost(WAIT).untilAsserted(() -> assertFalse(consumer.getAssignments().await().atMost(WAIT).isEmpty(),
                "careplan-service's consumer has its partitions"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(0.0, lag(), "no lag before the test"));

        consumer.pause().await().atMost(WAIT);
        try {
            for (int i = 0; i < 3; i++) {
                String person = TestPeople.nhsNumber();
                // a type careplan-service reads past: held back, it is lag all the same
                TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                        new ReferralReceived(UUID.randomUUID(), person, TRIAGER, Instant.now())));
            }
            await().atMost(WAIT).untilAsserted(() -> assertEquals(3.0, lag(), "the three held-back events are lag"));
        } finally {
            consumer.resume().await().atMost(WAIT);
        }

        await().atMost(WAIT).untilAsserted(() -> assertEquals(0.0, lag(), "the lag clears once the consumer caught up"));
    }

    /** careplan-service's lag on the referrals topic, summed over partitions; NaN before the first reading. */
    private static double lag() {
        return Metrics.sum("carepath_consumer_lag_records", "group=\"careplan-service\"", "topic=\"" + Topics.REFERRALS + "\"");
    }
}
