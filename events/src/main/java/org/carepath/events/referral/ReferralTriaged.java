package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team graded the risk and recorded its triage. */
public record ReferralTriaged(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String riskGrade,
        String notes,
        Instant at) {

    public static final String TYPE = "referral.triaged";
}
