package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team finished its work for this referral. */
public record ReferralCompleted(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        String targetOrganisation,
        String targetTeam,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.completed";

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
