package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Reads this service's own {@code care.identity.v1} back onto the journey: merges and break-glass
 * use are part of the person's story, and replaying the topic rebuilds them like any other.
 */
@ApplicationScoped
public class IdentityEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;

    public IdentityEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey) {
        this.consumer = consumer;
        this.journey = journey;
    }

    @Incoming("identity")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public String topic() {
        return Topics.IDENTITY;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> journey.record(Topics.IDENTITY, event));
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        journey.entry(Topics.IDENTITY, event).ifPresent(batch::journey);
        return Uni.createFrom().voidItem();
    }
}
