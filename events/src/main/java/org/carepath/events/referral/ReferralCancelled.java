package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The referrer withdrew the referral, with the reason. */
public record ReferralCancelled(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.cancelled";

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
