package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team declined the referral, with the reason. */
public record ReferralRejected(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.rejected";

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
