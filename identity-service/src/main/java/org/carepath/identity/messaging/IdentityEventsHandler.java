package org.carepath.identity.messaging;

import jakarta.inject.Singleton;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.identity.IdentityEvent;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.JourneyWording;
import org.carepath.identity.journey.Told;
import org.carepath.identity.relationship.Relationships;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Reads this service's own {@code care.identity.v1} back onto the journey: merges and break-glass
 * use are part of the person's story, and replaying the topic rebuilds them like any other.
 */
@Singleton
public class IdentityEventsHandler extends PersonTopicHandler {

    public IdentityEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships,
            WebhookQueue webhooks) {
        super(consumer, journey, relationships, webhooks);
    }

    @Incoming("identity")
    public Uni<Void> onEvent(Message<String> message) {
        return settle(message);
    }

    @Override
    public String topic() {
        return Topics.IDENTITY;
    }

    @Override
    Told told(CloudEvent<?> event) {
        return JourneyWording.of(event.data(IdentityEvent.class));
    }

    /** A merge or an emergency access involves nobody: the relationships stay under the NHS numbers they came with. */
    @Override
    Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        return UNCHANGED;
    }
}
