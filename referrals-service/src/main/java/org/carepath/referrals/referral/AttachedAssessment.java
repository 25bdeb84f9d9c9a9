package org.carepath.referrals.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.carepath.platform.api.Limits;

/**
 * An assessment already done elsewhere, sent with the referral so the receiving team can accept it
 * as a trusted assessment instead of asking the person to tell their story again.
 *
 * @param reference where the full assessment lives in the author's system
 */
public record AttachedAssessment(
        @NotBlank @Size(max = Limits.LABEL) String reference,
        @NotBlank @Size(max = Limits.LABEL) String title,
        @NotBlank @Size(max = Limits.FREE_TEXT) String summary,
        @NotBlank @Size(max = Limits.ODS_CODE) String organisation,
        LocalDate completedOn) {
}
