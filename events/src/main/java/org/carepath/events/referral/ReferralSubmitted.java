package org.carepath.events.referral;

import org.carepath.events.Practitioner;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral left the referrer and now waits for the receiving service.
 *
 * @param redirectedFrom the referral this one continues when a receiving team redirected it; otherwise null
 */
public record ReferralSubmitted(
        UUID referralId,
        String nhsNumber,
        Practitioner referrer,
        UUID serviceId,
        String serviceName,
        String targetOrganisation,
        String targetTeam,
        String priority,
        String reason,
        UUID redirectedFrom,
        Instant submittedAt) implements ReferralEvent {

    public static final String TYPE = "referral.submitted";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return submittedAt;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
