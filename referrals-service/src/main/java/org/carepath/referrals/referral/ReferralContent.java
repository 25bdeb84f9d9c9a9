package org.carepath.referrals.referral;

import org.carepath.platform.care.NeedsDomain;
import java.util.List;

import org.carepath.referrals.triage.Priority;

/**
 * What the referrer says: who, why, how urgently, on what basis, with which assessments.
 *
 * @param duplicateReason why a new referral is needed although one to the same service is open; else null
 */
public record ReferralContent(Subject subject, String reason, List<NeedsDomain> needsDomains, Priority priority,
        ConsentBasis consentBasis, List<AttachedAssessment> assessments, String duplicateReason) {
}
