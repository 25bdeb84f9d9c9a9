package org.carepath.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The receiving team has not responded within the service's response target for the priority. */
public record ReferralResponseOverdue(
        UUID referralId,
        String nhsNumber,
        UUID serviceId,
        String targetOrganisation,
        String targetTeam,
        String priority,
        Instant dueAt,
        Instant detectedAt) implements ReferralEvent {

    public static final String TYPE = "referral.response-overdue";

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
