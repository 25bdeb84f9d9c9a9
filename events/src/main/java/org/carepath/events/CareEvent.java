package org.carepath.events;

import java.time.Instant;

/**
 * Every CarePath event: what it is about and when it happened, which is all the outbox needs to
 * publish it (its type and topic come from {@link EventCatalog}).
 */
public interface CareEvent {

    /** The Kafka record key and CloudEvent subject: the person's NHS number, or the service id for the directory. */
    String subject();

    /** When it happened in the domain: the CloudEvent's {@code time}. */
    Instant time();
}
