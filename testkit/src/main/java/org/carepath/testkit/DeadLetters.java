package org.carepath.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.DeadLetterHeaders;
import org.carepath.events.Topics;

/** What a consumer group's dead-letter topic holds for a record it gave up on. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * Asserts that the one record with this key and value on {@code topic} was parked, once, on the consumer
     * group's own dead-letter topic, unchanged, with headers naming where it came from (topic,
     * partition, offset of the original), the event id ({@code null}: expected absent), who gave up
     * (group and consumer), after how many attempts and why (reason or cause).
     *
     * @return the dead letter, for further checks
     */
    public static ConsumerRecord<String, String> assertParked(String topic, String key, String value,
            String consumerGroup, String consumer, String eventId, int attempts, String reasonContains) {
        var originals = TestKafka.get().records(topic).stream().filter(record -> sameRecord(record, key, value)).toList();
        assertEquals(1, originals.size(), "one such record with key " + key + " on " + topic);
        var original = originals.get(0);
        var parked = TestKafka.get().records(Topics.deadLetter(topic, consumerGroup)).stream()
                .filter(record -> sameRecord(record, key, value))
                .toList();
        assertEquals(1, parked.size(), "parked once on " + Topics.deadLetter(topic, consumerGroup));
        var dead = parked.get(0);
        assertEquals(topic, TestKafka.header(dead, DeadLetterHeaders.TOPIC));
        assertEquals(Integer.toString(original.partition()), TestKafka.header(dead, DeadLetterHeaders.PARTITION));
        assertEquals(Long.toString(original.offset()), TestKafka.header(dead, DeadLetterHeaders.OFFSET));
        assertEquals(eventId, TestKafka.header(dead, DeadLetterHeaders.EVENT_ID));
        assertEquals(consumerGroup, TestKafka.header(dead, DeadLetterHeaders.CONSUMER_GROUP));
        assertEquals(consumer, TestKafka.header(dead, DeadLetterHeaders.CONSUMER));
        assertEquals(Integer.toString(attempts), TestKafka.header(dead, DeadLetterHeaders.ATTEMPTS));
        // why: the failure's message, or its cause's (a database error wrapped by Hibernate, say)
        String why = TestKafka.header(dead, DeadLetterHeaders.REASON) + " / " + TestKafka.header(dead, DeadLetterHeaders.CAUSE);
        assertTrue(why.contains(reasonContains), "the dead letter says why: " + why);
        assertNotNull(TestKafka.header(dead, DeadLetterHeaders.EXCEPTION_CLASS));
        return dead;
    }

    private static boolean sameRecord(ConsumerRecord<String, String> record, String key, String value) {
        return key.equals(record.key()) && value.equals(record.value());
    }
}
