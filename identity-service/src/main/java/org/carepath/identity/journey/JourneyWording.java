package org.carepath.identity.journey;

import org.carepath.events.referral.ReferralSubmitted;

/** Events in plain words that make sense in every sector. */
final class JourneyWording {

    private JourneyWording() {
    }

    static String of(ReferralSubmitted event) {
        String from = event.referringTeam() == null
                ? event.referringOrganisation()
                : event.referringOrganisation() + " (" + event.referringTeam() + ")";
        return "Referred by " + from + " to " + event.targetOrganisation() + ": " + event.reason();
    }
}
