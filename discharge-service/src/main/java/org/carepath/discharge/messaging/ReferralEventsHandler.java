package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AcceptedReferrals;
import org.carepath.discharge.episode.KnownReferrals;
import org.carepath.discharge.episode.ReferralProgress;
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
 * Every step of a referral is kept as its progress (what a delay linked to it waits on); triage and an
 * overdue response change no step.
 */
@ApplicationScoped
public class ReferralEventsHandler implements ReferralEvent.Handler<Uni<Void>> {

    /** The types with an effect below: the others are acknowledged without a transaction. */
    private static final Set<String> ACTS_ON = Set.of(ReferralSubmitted.TYPE, ReferralReceived.TYPE, ReferralAccepted.TYPE,
            ReferralStarted.TYPE, ReferralHeld.TYPE, ReferralResumed.TYPE, ReferralCancelled.TYPE, ReferralRejected.TYPE,
            ReferralRedirected.TYPE, ReferralCompleted.TYPE);

    private final IdempotentConsumer consumer;
    private final AcceptedReferrals referrals;
    private final KnownReferrals known;

    public ReferralEventsHandler(IdempotentConsumer consumer, AcceptedReferrals referrals, KnownReferrals known) {
        this.consumer = consumer;
        this.referrals = referrals;
        this.known = known;
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
        return known.record(accepted.referralId(), accepted.nhsNumber(), progress -> progress.accepted(
                        accepted.targetOrganisation(), accepted.targetTeam(), accepted.serviceName(), accepted.at()))
                .chain(() -> referrals.accepted(accepted));
    }

    @Override
    public Uni<Void> on(ReferralCancelled cancelled) {
        return known.record(cancelled.referralId(), cancelled.nhsNumber(),
                        progress -> progress.closed("cancelled", cancelled.reason(), cancelled.at()))
                .chain(() -> referrals.ended(cancelled.referralId(), cancelled.at()));
    }

    @Override
    public Uni<Void> on(ReferralRejected rejected) {
        return known.record(rejected.referralId(), rejected.nhsNumber(),
                        progress -> progress.closed("rejected", rejected.reason(), rejected.at()))
                .chain(() -> referrals.ended(rejected.referralId(), rejected.at()));
    }

    @Override
    public Uni<Void> on(ReferralCompleted completed) {
        return known.record(completed.referralId(), completed.nhsNumber(),
                progress -> progress.closed("completed", null, completed.at()));
    }

    @Override
    public Uni<Void> on(ReferralHeld held) {
        return known.record(held.referralId(), held.nhsNumber(), ReferralProgress::held);
    }

    @Override
    public Uni<Void> on(ReferralReceived received) {
        return known.record(received.referralId(), received.nhsNumber(), progress -> progress.received(received.at()));
    }

    @Override
    public Uni<Void> on(ReferralRedirected redirected) {
        return known.record(redirected.referralId(), redirected.nhsNumber(), progress -> progress.redirected(
                redirected.reason(), redirected.onwardReferralId(), redirected.at()));
    }

    @Override
    public Uni<Void> on(ReferralResponseOverdue overdue) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(ReferralResumed resumed) {
        return known.record(resumed.referralId(), resumed.nhsNumber(), ReferralProgress::resumed);
    }

    @Override
    public Uni<Void> on(ReferralStarted started) {
        return known.record(started.referralId(), started.nhsNumber(), progress -> progress.started(started.at()));
    }

    @Override
    public Uni<Void> on(ReferralSubmitted submitted) {
        return known.record(submitted.referralId(), submitted.nhsNumber(), progress -> progress.submitted(
                submitted.targetOrganisation(), submitted.targetTeam(), submitted.serviceName(), submitted.submittedAt()));
    }

    @Override
    public Uni<Void> on(ReferralTriaged triaged) {
        return unchanged();
    }

    private static Uni<Void> unchanged() {
        return Uni.createFrom().voidItem();
    }
}
