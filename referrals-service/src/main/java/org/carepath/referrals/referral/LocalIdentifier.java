package org.carepath.referrals.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.carepath.platform.api.Limits;

/**
 * An identifier of the person in one organisation's own system.
 *
 * @param system       e.g. {@code hospital-mrn}, {@code council-person-id}, {@code community-id}
 * @param organisation ODS code of the organisation that assigned it
 */
public record LocalIdentifier(@NotBlank @Size(max = Limits.CODE_NAME) String system,
        @NotBlank @Size(max = Limits.ODS_CODE) String organisation, @NotBlank @Size(max = Limits.IDENTIFIER) String value) {
}
