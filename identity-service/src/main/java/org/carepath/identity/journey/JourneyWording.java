package org.carepath.identity.journey;

import java.time.Instant;
import java.util.Optional;

import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralResumed;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;

/** Events in plain words that make sense in every sector. */
final class JourneyWording {

    /**
     * What a journey entry says: whose journey, when it happened and when it was recorded, where, who recorded it
     * and what happened.
     *
     * @param occurredAt when it happened (the admission, the start of a delay): what the journey is ordered by
     * @param recordedAt when it was recorded: the event's own time
     * @param actedBy    the member of staff who did or recorded it, as the producing service took them from their
     *                   token; null for a system. Never a practitioner someone else named (an owner, a new member)
     */
    record Told(String nhsNumber, Instant occurredAt, Instant recordedAt, String organisation, String team,
            Practitioner actedBy, String summary) {

        static Told by(String nhsNumber, Instant at, Practitioner by, String summary) {
            return new Told(nhsNumber, at, at, by.organisation(), by.team(), by, summary);
        }

        /** Told without a member of staff: a system did it (a lateness detected) or the event names nobody. */
        static Told withoutActor(String nhsNumber, Instant at, String organisation, String team, String summary) {
            return new Told(nhsNumber, at, at, organisation, team, null, summary);
        }

        /** The same, dated when it happened where the event says so (an admission three days ago); else when recorded. */
        Told happened(Instant at) {
            return at == null ? this : new Told(nhsNumber, at, recordedAt, organisation, team, actedBy, summary);
        }

        String actor() {
            return actedBy == null ? null : actedBy.name();
        }
    }

    private JourneyWording() {
    }

    static String of(ReferralSubmitted event) {
        return "Referred by " + where(event.referrer()) + " to " + event.serviceName() + " (" + event.targetOrganisation()
                + "), " + event.priority() + ": " + event.reason();
    }

    /** Any event of any topic the journey tells; empty for one it does not. */
    static Optional<Told> of(Record event) {
        return ofReferral(event)
                .or(() -> CarePlanWording.of(event))
                .or(() -> CarePlanActionWording.of(event))
                .or(() -> DischargeWording.of(event))
                .or(() -> IdentityWording.of(event));
    }

    /** A referral's steps. */
    private static Optional<Told> ofReferral(Record event) {
        if (event instanceof ReferralSubmitted e) {
            return told(e.nhsNumber(), e.submittedAt(), e.referrer(), of(e));
        }
        if (event instanceof ReferralReceived e) {
            return told(e.nhsNumber(), e.at(), e.by(), "Referral received by " + where(e.by()));
        }
        if (event instanceof ReferralTriaged e) {
            return told(e.nhsNumber(), e.at(), e.by(), "Referral triaged by " + where(e.by()) + ": " + e.riskGrade() + " risk");
        }
        if (event instanceof ReferralAccepted e) {
            return told(e.nhsNumber(), e.at(), e.by(), e.serviceName() + " (" + e.targetOrganisation() + ") accepted the referral");
        }
        if (event instanceof ReferralRejected e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " declined the referral: " + e.reason());
        }
        if (event instanceof ReferralRedirected e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " passed the referral on to " + e.onwardOrganisation()
                    + ": " + e.reason());
        }
        if (event instanceof ReferralCancelled e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " withdrew the referral: " + e.reason());
        }
        if (event instanceof ReferralStarted e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " started working with the person");
        }
        if (event instanceof ReferralHeld e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " paused its work: " + e.reason());
        }
        if (event instanceof ReferralResumed e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " resumed its work");
        }
        if (event instanceof ReferralCompleted e) {
            return told(e.nhsNumber(), e.at(), e.by(), where(e.by()) + " finished its work for this referral");
        }
        if (event instanceof ReferralResponseOverdue e) {
            return Optional.of(Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.targetOrganisation(), e.targetTeam(),
                    "No response yet from " + e.targetOrganisation() + " to a " + e.priority()
                            + " referral: it was due " + e.dueAt()));
        }
        return Optional.empty();
    }

    static Optional<Told> told(String nhsNumber, Instant at, Practitioner by, String summary) {
        return Optional.of(Told.by(nhsNumber, at, by, summary));
    }

    static String where(Practitioner practitioner) {
        return practitioner.team() == null
                ? practitioner.organisation()
                : practitioner.organisation() + " (" + practitioner.team() + ")";
    }
}
