package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral left the referrer and now waits for the receiving organisation.
 *
 * @param referringPractitioner the referrer's user id in the identity provider
 * @param referringTeam         null when the referrer belongs to no team
 */
public record ReferralSubmitted(
        UUID referralId,
        String nhsNumber,
        String referringOrganisation,
        String referringPractitioner,
        String referringTeam,
        String targetOrganisation,
        String reason,
        Instant submittedAt) {

    public static final String TYPE = "referral.submitted";
}
