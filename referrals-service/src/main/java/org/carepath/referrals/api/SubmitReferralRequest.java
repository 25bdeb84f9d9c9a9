package org.carepath.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The referring organisation, practitioner and team come from the caller's token, not from here. */
@Schema(description = "A referral to another organisation")
public record SubmitReferralRequest(
        @Schema(description = "The person's NHS number, 10 digits", examples = "9434765919")
        @NotNull @NhsNumber String nhsNumber,
        @Schema(description = "ODS code of the organisation asked to help", examples = "RY1")
        @NotBlank @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code: 3 to 10 capital letters or digits") String targetOrganisation,
        @Schema(description = "Why the person needs the receiving service", examples = "Needs help with washing and dressing after a fall")
        @NotBlank @Size(max = 4000) String reason) {
}
