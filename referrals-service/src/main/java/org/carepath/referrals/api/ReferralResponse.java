package org.carepath.referrals.api;

import java.time.Instant;
import java.util.UUID;

import org.carepath.referrals.referral.Referral;
import org.carepath.referrals.referral.ReferralStatus;

public record ReferralResponse(
        UUID id,
        String nhsNumber,
        String referringOrganisation,
        String referringPractitioner,
        String referringTeam,
        String targetOrganisation,
        String reason,
        ReferralStatus status,
        Instant submittedAt) {

    static ReferralResponse of(Referral referral) {
        return new ReferralResponse(referral.id(), referral.nhsNumber(), referral.referringOrganisation(),
                referral.referringPractitioner(), referral.referringTeam(), referral.targetOrganisation(),
                referral.reason(), referral.status(), referral.submittedAt());
    }
}
