package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AcceptedReferrals;
import org.carepath.events.CloudEvent;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * {@code referral.accepted}: a reason for the accepting team to see the episode, and support
 * arranged for after discharge; {@code referral.cancelled} and {@code referral.rejected} end both.
 */
@ApplicationScoped
public class ReferralEventsHandler {

    private final IdempotentConsumer consumer;
    private final AcceptedReferrals referrals;

    public ReferralEventsHandler(IdempotentConsumer consumer, AcceptedReferrals referrals) {
        this.consumer = consumer;
        this.referrals = referrals;
    }

    private static final Set<String> ACTS_ON = Set.of(ReferralAccepted.TYPE, ReferralCancelled.TYPE,
            ReferralRejected.TYPE);

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("discharge-milestones", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<?> event) {
        return switch (event.type()) {
            case ReferralAccepted.TYPE -> referrals.accepted((ReferralAccepted) event.data());
            case ReferralCancelled.TYPE -> cancelled((ReferralCancelled) event.data());
            case ReferralRejected.TYPE -> rejected((ReferralRejected) event.data());
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> cancelled(ReferralCancelled cancelled) {
        return referrals.ended(cancelled.referralId(), cancelled.at());
    }

    private Uni<Void> rejected(ReferralRejected rejected) {
        return referrals.ended(rejected.referralId(), rejected.at());
    }
}
