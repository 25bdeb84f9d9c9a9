package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.where;

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

/** A referral's steps in plain words. */
final class ReferralWording implements ReferralEvent.Handler<Told> {

    @Override
    public Told on(ReferralSubmitted e) {
        return Told.by(e.nhsNumber(), e.submittedAt(), e.referrer(), JourneyWording.of(e));
    }

    @Override
    public Told on(ReferralReceived e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "Referral received by " + where(e.by()));
    }

    @Override
    public Told on(ReferralTriaged e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "Referral triaged by " + where(e.by()) + ": " + e.riskGrade() + " risk");
    }

    @Override
    public Told on(ReferralAccepted e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), e.serviceName() + " (" + e.targetOrganisation() + ") accepted the referral");
    }

    @Override
    public Told on(ReferralRejected e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " declined the referral: " + e.reason());
    }

    @Override
    public Told on(ReferralRedirected e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " passed the referral on to " + e.onwardOrganisation()
                + ": " + e.reason());
    }

    @Override
    public Told on(ReferralCancelled e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " withdrew the referral: " + e.reason());
    }

    @Override
    public Told on(ReferralStarted e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " started working with the person");
    }

    @Override
    public Told on(ReferralHeld e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " paused its work: " + e.reason());
    }

    @Override
    public Told on(ReferralResumed e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " resumed its work");
    }

    @Override
    public Told on(ReferralCompleted e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " finished its work for this referral");
    }

    @Override
    public Told on(ReferralResponseOverdue e) {
        return Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.targetOrganisation(), e.targetTeam(),
                "No response yet from " + e.targetOrganisation() + " to a " + e.priority()
                        + " referral: it was due " + e.dueAt());
    }
}
