package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral left the referrer and now waits for the receiving service.
 *
 * @param redirectedFrom the referral this one continues when a receiving team redirected it; otherwise null
 */
public record ReferralSubmitted(
        UUID referralId,
        String nhsNumber,
        Practitioner referrer,
        UUID serviceId,
        String serviceName,
        String targetOrganisation,
        String targetTeam,
        String priority,
        String reason,
        UUID redirectedFrom,
        Instant submittedAt) {

    public static final String TYPE = "referral.submitted";
}
