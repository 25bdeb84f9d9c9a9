package org.carepath.discharge.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.EpisodeService;
import org.carepath.events.CloudEvent;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** {@code referral.accepted}: support arranged for after discharge, and a reason for the accepting team to see the episode. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final IdempotentConsumer consumer;
    private final EpisodeService episodes;

    public ReferralEventsHandler(IdempotentConsumer consumer, EpisodeService episodes) {
        this.consumer = consumer;
        this.episodes = episodes;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("discharge-milestones", message, this::route);
    }

    private Uni<Void> route(CloudEvent<?> event) {
        return ReferralAccepted.TYPE.equals(event.type())
                ? episodes.referralAccepted((ReferralAccepted) event.data())
                : Uni.createFrom().voidItem();
    }
}
