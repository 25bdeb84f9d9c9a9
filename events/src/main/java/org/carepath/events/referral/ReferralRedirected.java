package org.carepath.events.referral;

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
        Instant at) {

    public static final String TYPE = "referral.redirected";
}
