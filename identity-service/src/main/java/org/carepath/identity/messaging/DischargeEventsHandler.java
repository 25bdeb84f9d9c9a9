package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Topics;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

/**
 * Routes {@code care.discharges.v1} events to the journey, the person index and the staff directory.
 * Event types not yet in the catalogue are skipped by the idempotent consumer until they are added.
 */
@ApplicationScoped
public class DischargeEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;

    public DischargeEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey) {
        this.consumer = consumer;
        this.journey = journey;
    }

    @Incoming("discharges")
    public Uni<Void> onEvent(String payload) {
        return apply(payload);
    }

    @Override
    public String topic() {
        return Topics.DISCHARGES;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> journey.record(Topics.DISCHARGES, event));
    }
}
