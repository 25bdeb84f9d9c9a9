package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.referrals.v1} events to the journey and to the referral parties' relationships. */
@ApplicationScoped
public class ReferralEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;
    private final Relationships relationships;

    public ReferralEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships) {
        this.consumer = consumer;
        this.journey = journey;
        this.relationships = relationships;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public String topic() {
        return Topics.REFERRALS;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> journey.record(Topics.REFERRALS, event)
                .chain(() -> relate(event, relationships)));
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        journey.entry(Topics.REFERRALS, event).ifPresent(batch::journey);
        return relate(event, relationships.replayingInto(batch));
    }

    private static Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        Object data = event.data();
        if (data instanceof ReferralSubmitted e) {
            return relationships.referralSubmitted(event, e.nhsNumber(), e.referralId(), e.referrer(),
                    Party.team(e.targetOrganisation(), e.targetTeam(), e.serviceName()), e.reason(),
                    e.redirectedFrom() != null, e.submittedAt());
        }
        if (data instanceof ReferralReceived e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }
        if (data instanceof ReferralTriaged e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }
        if (data instanceof ReferralAccepted e) {
            return relationships.referralActedOn(e.referralId(), e.by(), e.at());
        }
        if (data instanceof ReferralRejected e) {
            return relationships.referralClosed(e.referralId(), e.at());
        }
        if (data instanceof ReferralCancelled e) {
            return relationships.referralClosed(e.referralId(), e.at());
        }
        if (data instanceof ReferralRedirected e) {
            return relationships.referralRedirected(e.referralId(), e.onwardReferralId(), e.by(), e.at());
        }
        if (data instanceof ReferralCompleted e) {
            return relationships.referralCompleted(e.referralId(), e.at());
        }
        return Uni.createFrom().voidItem();
    }
}
