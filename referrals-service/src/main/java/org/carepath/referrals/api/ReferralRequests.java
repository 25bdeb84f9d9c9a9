package org.carepath.referrals.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.referrals.referral.AttachedAssessment;
import org.carepath.referrals.referral.ConsentBasis;
import org.carepath.referrals.referral.LocalIdentifier;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.referrals.referral.ReferralContent;
import org.carepath.referrals.referral.Subject;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.RiskGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the referral endpoints. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    @Schema(description = "The person: NHS number first, with enough to recognise them")
    public record SubjectRequest(
            @Schema(examples = "9434765919") @NotNull @NhsNumber String nhsNumber,
            @Schema(examples = "Joan Smith") @Size(max = Limits.NAME) String name,
            @Schema(description = "Today or earlier, within the last 130 years") LocalDate birthDate,
            @Schema(examples = "NF1 2AB") @Size(max = Limits.POSTCODE) String postcode,
            @Size(max = Limits.LOCAL_IDENTIFIERS) List<@NotNull @Valid LocalIdentifier> localIdentifiers) {
    }

    /** The referrer (practitioner, organisation, team) comes from the token, never from here. */
    @Schema(description = "A referral to a service from the directory")
    public record Submit(
            @NotNull @Valid SubjectRequest subject,
            @Schema(description = "The directory service asked to help") @NotNull UUID serviceId,
            @Schema(examples = "Needs help with washing and dressing after a fall")
            @NotBlank @Size(max = Limits.FREE_TEXT) String reason,
            @NotEmpty @Size(max = Limits.NEEDS_DOMAINS) List<@NotNull NeedsDomain> needsDomains,
            @Schema(examples = "urgent") @NotNull Priority priority,
            @Schema(examples = "consent-given") @NotNull ConsentBasis consentBasis,
            @Size(max = Limits.ASSESSMENTS) List<@NotNull @Valid AttachedAssessment> assessments,
            @Schema(description = "Only when the person already has an open referral to this service: why another is needed")
            @Size(max = Limits.REASON) String duplicateReason) {

        ReferralContent content() {
            return new ReferralContent(new Subject(subject.nhsNumber(), subject.name(), subject.birthDate(),
                    subject.postcode(), subject.localIdentifiers() == null ? List.of() : subject.localIdentifiers()),
                    reason, needsDomains, priority, consentBasis, assessments == null ? List.of() : assessments,
                    duplicateReason);
        }
    }

    @Schema(description = "Why (required to reject, cancel or hold)")
    public record Reason(@Size(max = Limits.REASON) String reason) {
    }

    public record Redirect(@NotNull UUID serviceId, @NotBlank @Size(max = Limits.REASON) String reason,
            @Schema(description = "Only when the redirecting organisation already has an open referral of the person to that service: why another is needed")
            @Size(max = Limits.REASON) String duplicateReason) {
    }

    public record Triage(@NotNull RiskGrade riskGrade, @Size(max = Limits.FREE_TEXT) String notes) {
    }

    public record Note(@NotBlank @Size(max = Limits.FREE_TEXT) String text) {
    }
}
