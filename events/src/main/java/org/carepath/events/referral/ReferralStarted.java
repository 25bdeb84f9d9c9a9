package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team started working with the person. */
public record ReferralStarted(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "referral.started";
}
