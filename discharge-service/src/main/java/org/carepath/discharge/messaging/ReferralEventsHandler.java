package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AcceptedReferrals;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
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
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * {@code referral.accepted}: a reason for the accepting team to see the episode, and support
 * arranged for after discharge; {@code referral.cancelled} and {@code referral.rejected} end both.
 * The other referral events change nothing here.
 */
@ApplicationScoped
public class ReferralEventsHandler implements ReferralEvent.Handler<Uni<Void>> {

    /** The types with an effect below: the others are acknowledged without a transaction. */
    private static final Set<String> ACTS_ON = Set.of(ReferralAccepted.TYPE, ReferralCancelled.TYPE,
            ReferralRejected.TYPE);

    private final IdempotentConsumer consumer;
    private final AcceptedReferrals referrals;

    public ReferralEventsHandler(IdempotentConsumer consumer, AcceptedReferrals referrals) {
        this.consumer = consumer;
        this.referrals = referrals;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("discharge-milestones", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<CareEvent> event) {
        return event.data(ReferralEvent.class).handle(this);
    }

    @Override
    public Uni<Void> on(ReferralAccepted accepted) {
        return referrals.accepted(accepted);
    }

    @Override
    public Uni<Void> on(ReferralCancelled cancelled) {
        return referrals.ended(cancelled.referralId(), cancelled.at());
    }

    @Override
    public Uni<Void> on(ReferralRejected rejected) {
        return referrals.ended(rejected.referralId(), rejected.at());
    }

    @Override
    public Uni<Void> on(ReferralCompleted completed) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralHeld held) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralReceived received) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralRedirected redirected) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralResponseOverdue overdue) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralResumed resumed) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralStarted started) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralSubmitted submitted) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralTriaged triaged) {
        return unchanged();
    }

    private static Uni<Void> unchanged() {
        return Uni.createFrom().voidItem();
    }
}
