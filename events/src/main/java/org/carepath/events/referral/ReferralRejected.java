package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team declined the referral, with the reason. */
public record ReferralRejected(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) {

    public static final String TYPE = "referral.rejected";
}
