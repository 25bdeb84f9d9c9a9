package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team passed the referral to another service; an onward referral continues it. */
public record ReferralRedirected(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String reason,
        UUID onwardReferralId,
        UUID onwardServiceId,
        String onwardOrganisation,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.redirected";

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
