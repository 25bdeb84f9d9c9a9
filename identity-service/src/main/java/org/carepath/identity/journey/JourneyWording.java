package org.carepath.identity.journey;

import org.carepath.events.referral.Practitioner;
import org.carepath.events.referral.ReferralSubmitted;

/** Events in plain words that make sense in every sector. */
final class JourneyWording {

    private JourneyWording() {
    }

    static String of(ReferralSubmitted event) {
        return "Referred by " + where(event.referrer()) + " to " + event.serviceName() + " (" + event.targetOrganisation()
                + "), " + event.priority() + ": " + event.reason();
    }

    private static String where(Practitioner practitioner) {
        return practitioner.team() == null
                ? practitioner.organisation()
                : practitioner.organisation() + " (" + practitioner.team() + ")";
    }
}
