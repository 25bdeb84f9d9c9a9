package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** Work on a paused referral carries on. */
public record ReferralResumed(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "referral.resumed";
}
