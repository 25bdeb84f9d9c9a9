package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/** The receiving team accepted the referral: it is now involved in the person's care. */
public record ReferralAccepted(
        UUID referralId,
        String nhsNumber,
        Practitioner by,
        UUID serviceId,
        String serviceName,
        String targetOrganisation,
        String targetTeam,
        String referringOrganisation,
        Instant at) implements ReferralEvent {

    public static final String TYPE = "referral.accepted";

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
