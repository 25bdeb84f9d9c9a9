package org.carepath.events.referral;

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
        Instant at) {

    public static final String TYPE = "referral.accepted";
}
