package org.carepath.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Where a service puts the events its state changes cause. Call it inside the transaction that
 * saves the change: the event is then published if, and only if, the change commits.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;

    public Outbox(OutboxRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /**
     * Stores a catalogued event in its CloudEvent envelope on its topic.
     *
     * @param subject the record key: the person's NHS number, so one person's events stay in order
     */
    public Uni<Void> publish(String source, String subject, Instant time, Record data) {
        var entry = EventCatalog.of(data.getClass());
        return append(entry.topic(), CloudEvent.of(source, entry.type(), subject, time, data));
    }

    /** Stores the event for the topic, keyed by its subject (the person's NHS number) so a person's events stay ordered. */
    public Uni<Void> append(String topic, CloudEvent<?> event) {
        OutboxMessage message = new OutboxMessage(event.id(), topic, event.subject(), event.type(), serialise(event), event.time());
        return repository.persist(message).replaceWithVoid();
    }

    private String serialise(CloudEvent<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
