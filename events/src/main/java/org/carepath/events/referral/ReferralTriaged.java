package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team graded the risk and recorded its triage. */
public record ReferralTriaged(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String riskGrade,
        String notes,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.triaged";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return at;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
