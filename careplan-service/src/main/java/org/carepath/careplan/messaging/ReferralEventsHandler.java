package org.carepath.careplan.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.plan.CareTeamService;
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

/** Routes {@code care.referrals.v1} events to the care teams: one method per event type. */
@ApplicationScoped
public class ReferralEventsHandler implements ReferralEvent.Handler<Uni<Void>> {

    /** The types below with an effect; the consumer acks the others without opening a transaction. */
    private static final Set<String> ACTS_ON = Set.of(ReferralAccepted.TYPE, ReferralCompleted.TYPE,
            ReferralCancelled.TYPE, ReferralRejected.TYPE);

    private final IdempotentConsumer consumer;
    private final CareTeamService teams;

    public ReferralEventsHandler(IdempotentConsumer consumer, CareTeamService teams) {
        this.consumer = consumer;
        this.teams = teams;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("care-teams", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<CareEvent> event) {
        return event.data(ReferralEvent.class).handle(this);
    }

    @Override
    public Uni<Void> on(ReferralAccepted accepted) {
        return teams.referralAccepted(accepted);
    }

    @Override
    public Uni<Void> on(ReferralCompleted completed) {
        return teams.referralCompleted(completed);
    }

    @Override
    public Uni<Void> on(ReferralCancelled cancelled) {
        return teams.referralEnded(cancelled.referralId(), cancelled.nhsNumber(), "referral cancelled: " + cancelled.reason(),
                cancelled.by(), cancelled.at());
    }

    @Override
    public Uni<Void> on(ReferralRejected rejected) {
        return teams.referralEnded(rejected.referralId(), rejected.nhsNumber(), "referral rejected: " + rejected.reason(),
                rejected.by(), rejected.at());
    }

    @Override
    public Uni<Void> on(ReferralSubmitted submitted) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralReceived received) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralTriaged triaged) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralHeld held) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralResumed resumed) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralRedirected redirected) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralStarted started) {
        return nothing();
    }

    @Override
    public Uni<Void> on(ReferralResponseOverdue overdue) {
        return nothing();
    }

    /** A care team changes only when a referral is accepted or ends; the rest of its life is the referral's own. */
    private static Uni<Void> nothing() {
        return Uni.createFrom().voidItem();
    }
}
