package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.carepath.platform.outbox.Delivery.Outcome;
import org.junit.jupiter.api.Test;

/** Which refusals set a row aside and which keep it pending: a wrong "permanent" would drop an event. */
class DeliveryTest {

    @Test
    void aRecordKafkaCanNeverTakeIsRefusedWithItsReason() {
        var tooLarge = Delivery.failed(new RecordTooLargeException("The message is 1200000 bytes when serialized"));

        assertEquals(Outcome.REFUSED, tooLarge.outcome());
        assertEquals("RecordTooLargeException: The message is 1200000 bytes when serialized", tooLarge.reason());
        assertEquals(Outcome.REFUSED, Delivery.failed(new InvalidTopicException("Invalid topics: [not a topic]")).outcome());
        assertEquals(Outcome.REFUSED, Delivery.failed(new SerializationException("cannot serialise")).outcome());
    }

    @Test
    void aPermanentRefusalIsFoundBehindWrappers() {
        var wrapped = new ExecutionException(new KafkaException("send failed", new RecordTooLargeException("too big")));

        var delivery = Delivery.failed(wrapped);

        assertEquals(Outcome.REFUSED, delivery.outcome());
        assertTrue(delivery.reason().startsWith("RecordTooLargeException"), delivery.reason());
    }

    @Test
    void kafkaBeingAwayOrMisconfiguredKeepsTheRowPending() {
        assertEquals(Outcome.RETRY, Delivery.failed(new TimeoutException("Expiring 12 record(s)")).outcome());
        assertEquals(Outcome.RETRY, Delivery.failed(new NotEnoughReplicasException("1 of 3")).outcome());
        assertEquals(Outcome.RETRY, Delivery.failed(new UnknownTopicOrPartitionException("no such topic")).outcome());
        assertEquals(Outcome.RETRY, Delivery.failed(new TopicAuthorizationException("not allowed")).outcome());
        assertEquals(Outcome.RETRY, Delivery.failed(new IllegalStateException("Producer is closed forcefully.")).outcome());
        assertEquals(Outcome.RETRY, Delivery.failed(new KafkaException("unknown")).outcome());
    }

    @Test
    void aLongReasonIsCutToTheColumn() {
        var delivery = Delivery.failed(new InvalidTopicException("x".repeat(5000)));

        assertEquals(Delivery.MAX_REASON, delivery.reason().length());
    }
}
