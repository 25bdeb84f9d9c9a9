package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team has the referral and will triage it. */
public record ReferralReceived(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.received";

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
