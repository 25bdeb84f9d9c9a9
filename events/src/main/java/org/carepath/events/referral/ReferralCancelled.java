package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The referrer withdrew the referral, with the reason. */
public record ReferralCancelled(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) {

    public static final String TYPE = "referral.cancelled";
}
