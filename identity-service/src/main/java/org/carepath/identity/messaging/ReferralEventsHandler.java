package org.carepath.identity.messaging;

import jakarta.inject.Singleton;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralResumed;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.JourneyWording;
import org.carepath.identity.journey.Told;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.referrals.v1} events to the journey and to the referral parties' relationships. */
@Singleton
public class ReferralEventsHandler extends PersonTopicHandler {

    public ReferralEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships,
            WebhookQueue webhooks) {
        super(consumer, journey, relationships, webhooks);
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return settle(message);
    }

    @Override
    public String topic() {
        return Topics.REFERRALS;
    }

    @Override
    Told told(CloudEvent<?> event) {
        return JourneyWording.of(event.data(ReferralEvent.class));
    }

    @Override
    Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        return event.data(ReferralEvent.class).handle(new Relating(event, relationships));
    }

    /** Both sides are involved from submission; the receiving side acting on it confirms the referrer's side. */
    private record Relating(CloudEvent<?> event, Relationships relationships) implements ReferralEvent.Handler<Uni<Void>> {

        @Override
        public Uni<Void> on(ReferralSubmitted e) {
            return relationships.referralSubmitted(event, e.nhsNumber(), e.referralId(), e.referrer(),
                    Party.team(e.targetOrganisation(), e.targetTeam(), e.serviceName()), e.reason(),
                    e.redirectedFrom() != null, e.submittedAt());
        }

        @Override
        public Uni<Void> on(ReferralReceived e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralTriaged e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralAccepted e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralRejected e) {
            return relationships.referralClosed(e.referralId(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralCancelled e) {
            return relationships.referralClosed(e.referralId(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralRedirected e) {
            return relationships.referralRedirected(e.referralId(), e.onwardReferralId(), e.by(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralCompleted e) {
            return relationships.referralCompleted(e.referralId(), e.at());
        }

        @Override
        public Uni<Void> on(ReferralStarted e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(ReferralHeld e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(ReferralResumed e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(ReferralResponseOverdue e) {
            return UNCHANGED;
        }
    }
}
