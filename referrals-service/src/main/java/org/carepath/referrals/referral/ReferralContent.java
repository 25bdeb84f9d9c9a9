package org.carepath.referrals.referral;

import org.carepath.platform.care.NeedsDomain;
import java.util.List;

import org.carepath.referrals.triage.Priority;

/**
 * What the referrer says: who, why, how urgently, on what basis, with which assessments.
 *
 * @param duplicateReason why a new referral is needed although one to the same service is open; else
 *                        null (a blank reason is none: the duplicate guard and its index treat it so)
 */
public record ReferralContent(Subject subject, String reason, List<NeedsDomain> needsDomains, Priority priority,
        ConsentBasis consentBasis, List<AttachedAssessment> assessments, String duplicateReason) {

    public ReferralContent {
        duplicateReason = duplicateReason == null || duplicateReason.isBlank() ? null : duplicateReason;
    }
}
