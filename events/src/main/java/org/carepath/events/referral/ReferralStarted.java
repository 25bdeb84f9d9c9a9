package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team started working with the person. */
public record ReferralStarted(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.started";

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
