package org.carepath.referrals.referral;

import jakarta.validation.constraints.NotBlank;

/**
 * An identifier of the person in one organisation's own system.
 *
 * @param system       e.g. {@code hospital-mrn}, {@code council-person-id}, {@code community-id}
 * @param organisation ODS code of the organisation that assigned it
 */
public record LocalIdentifier(@NotBlank String system, @NotBlank String organisation, @NotBlank String value) {
}
