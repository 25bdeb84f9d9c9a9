package org.carepath.events.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

/**
 * A live plan reached its review date (told once per review date).
 *
 * @param coordinator null while the plan has no named coordinator
 */
public record CarePlanReviewDue(
        UUID planId,
        String nhsNumber,
        LocalDate reviewDate,
        Practitioner coordinator,
        Instant detectedAt) {

    public static final String TYPE = "careplan.review-due";
}
