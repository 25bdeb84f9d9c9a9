package org.carepath.referrals.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

/**
 * An assessment already done elsewhere, sent with the referral so the receiving team can accept it
 * as a trusted assessment instead of asking the person to tell their story again.
 *
 * @param reference where the full assessment lives in the author's system
 */
public record AttachedAssessment(@NotBlank String reference, @NotBlank String title, @NotBlank String summary,
        @NotBlank String organisation, LocalDate completedOn) {
}
