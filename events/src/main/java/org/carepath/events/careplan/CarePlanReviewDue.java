package org.carepath.events.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.Practitioner;

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
        Instant detectedAt) implements CarePlanEvent {

    public static final String TYPE = "careplan.review-due";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return detectedAt;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
