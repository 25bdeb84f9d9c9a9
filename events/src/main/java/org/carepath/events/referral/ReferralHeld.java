package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** Work on the referral is paused, with the reason. */
public record ReferralHeld(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) {

    public static final String TYPE = "referral.held";
}
