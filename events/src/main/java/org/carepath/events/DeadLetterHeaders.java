package org.carepath.events;

/**
 * Headers of a record on a dead-letter topic ({@link Topics#deadLetter(String, String)}), all UTF-8
 * text. The record's key and value are the original's, and the original's own headers follow.
 * The first group is written by the Kafka connector's dead-letter strategy itself (SmallRye
 * Reactive Messaging's {@code KafkaDeadLetterQueue}); the second by the platform's consumer, which
 * hands them to the connector with the nack.
 */
public final class DeadLetterHeaders {

    // --- written by the connector

    /** The topic the record was read from. */
    public static final String TOPIC = "dead-letter-topic";
    /** Its partition there, in decimal. */
    public static final String PARTITION = "dead-letter-partition";
    /** Its offset in that partition, in decimal. */
    public static final String OFFSET = "dead-letter-offset";
    /** Why the last attempt failed: the failure's message. */
    public static final String REASON = "dead-letter-reason";
    /** The failure's class. */
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    /** The message and class of the failure's cause, when it has one. */
    public static final String CAUSE = "dead-letter-cause";
    public static final String CAUSE_CLASS = "dead-letter-cause-class-name";

    // --- written by the platform's consumer

    /** The CloudEvent id, when the envelope could be read (absent for a record that is no CloudEvent). */
    public static final String EVENT_ID = "dead-letter-event-id";
    /** The consumer group that gave up on the record: the service's name. */
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";
    /** The consumer within that service (its name in processed_event, e.g. {@code journey}). */
    public static final String CONSUMER = "dead-letter-consumer";
    /** How many times the effect was tried, the first included (1 for an event no retry can fix). */
    public static final String ATTEMPTS = "dead-letter-attempts";

    private DeadLetterHeaders() {
    }
}
