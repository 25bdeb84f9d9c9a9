package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.identity.journey.JourneyService;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.referrals.v1} events to the journey. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final IdempotentConsumer consumer;
    private final JourneyService journey;

    public ReferralEventsHandler(IdempotentConsumer consumer, JourneyService journey) {
        this.consumer = consumer;
        this.journey = journey;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume("journey", payload, this::route);
    }

    private Uni<Void> route(CloudEvent<?> event) {
        return switch (event.type()) {
            case ReferralSubmitted.TYPE -> journey.referralSubmitted(event, (ReferralSubmitted) event.data());
            default -> journey.referralStep(event);
        };
    }
}
