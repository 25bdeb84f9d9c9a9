package org.carepath.referrals.referral;

import java.time.LocalDate;
import java.util.List;

import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.referrals.triage.Priority;

/**
 * What the referrer says: who, why, how urgently, on what basis, with which assessments.
 *
 * @param duplicateReason why a new referral is needed although one to the same service is open; else
 *                        null (a blank reason is none: the duplicate guard and its index treat it so)
 */
public record ReferralContent(Subject subject, String reason, List<NeedsDomain> needsDomains, Priority priority,
        ConsentBasis consentBasis, List<AttachedAssessment> assessments, String duplicateReason) {

    /** No one alive was born longer ago than this. */
    public static final int OLDEST_AGE_YEARS = 130;
    /** A trusted assessment older than this no longer tells the receiving team how the person is. */
    public static final int OLDEST_ASSESSMENT_YEARS = 10;

    public ReferralContent {
        duplicateReason = duplicateReasonOrNull(duplicateReason);
    }

    /** A blank reason is none, wherever a duplicate reason is given. */
    static String duplicateReasonOrNull(String given) {
        return given == null || given.isBlank() ? null : given;
    }

    /**
     * Dates that cannot be what the field means (a birth in the future, an assessment not yet done)
     * are refused naming the field, {@code today} being the London date of the service's clock.
     */
    public void checkDates(LocalDate today) {
        LocalDate born = subject.birthDate();
        if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(OLDEST_AGE_YEARS)))) {
            throw InvalidInput.field("subject.birthDate", "must be today or earlier, and within the last "
                    + OLDEST_AGE_YEARS + " years");
        }
        for (int i = 0; i < assessments.size(); i++) {
            LocalDate done = assessments.get(i).completedOn();
            if (done != null && (done.isAfter(today) || done.isBefore(today.minusYears(OLDEST_ASSESSMENT_YEARS))
                    || born != null && done.isBefore(born))) {
                throw InvalidInput.field("assessments[" + i + "].completedOn", "must be today or earlier, within the last "
                        + OLDEST_ASSESSMENT_YEARS + " years and not before the person was born");
            }
        }
    }
}
