package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team has the referral and will triage it. */
public record ReferralReceived(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "referral.received";
}
