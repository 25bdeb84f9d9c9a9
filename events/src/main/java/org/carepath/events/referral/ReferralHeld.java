package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** Work on the referral is paused, with the reason. */
public record ReferralHeld(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.held";

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
