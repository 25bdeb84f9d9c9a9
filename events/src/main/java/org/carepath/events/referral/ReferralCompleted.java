package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team finished its work for this referral. */
public record ReferralCompleted(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String targetOrganisation,
        String targetTeam,
        Instant at) {

    public static final String TYPE = "referral.completed";
}
