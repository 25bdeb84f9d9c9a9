package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** Work on a paused referral carries on. */
public record ReferralResumed(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.resumed";

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
