package org.carepath.discharge.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.discharge.episode.AccountableSector;
import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.MilestoneKind;
import org.carepath.discharge.episode.MilestoneStatus;
import org.carepath.discharge.episode.WaitingOn;
import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the episode endpoints. Times left out mean "now". */
public final class EpisodeRequests {

    private EpisodeRequests() {
    }

    @Schema(description = "An admission to the caller's own hospital")
    public record Admit(
            @Schema(examples = "9434765919") @NotNull @NhsNumber String nhsNumber,
            @Schema(examples = "ward-7") @NotBlank @Size(max = Limits.WARD) String ward,
            @Size(max = Limits.BED) String bed,
            @NotNull Instant admittedAt,
            @NotNull AdmissionMethod admissionMethod,
            @Schema(description = "Clinical criteria for discharge, set at the first consultant review")
            @Size(max = Limits.FREE_TEXT) String clinicalCriteria,
            LocalDate expectedDischargeDate) {
    }

    public record Transfer(@NotBlank @Size(max = Limits.WARD) String ward, @Size(max = Limits.BED) String bed, Instant at) {
    }

    public record ClinicalCriteria(@NotBlank @Size(max = Limits.FREE_TEXT) String criteria) {
    }

    public record ExpectedDischargeDate(@NotNull LocalDate date, @Size(max = Limits.REASON) String reason) {
    }

    @Schema(description = "false: the person no longer meets the criteria to reside (the delayed-days clock starts);"
            + " true: they meet them again (deterioration; the clock and any open delay stop)")
    public record CriteriaToReside(@NotNull Boolean meetsCriteria, Instant at) {
    }

    @Schema(description = "A delay with a reason code of the code set in force (GET /delay-codes) and the accountable sector,"
            + " and optionally what it waits on")
    public record NewDelay(
            @Schema(examples = "E") @NotBlank @Size(max = Limits.CODE) String code,
            @NotNull AccountableSector sector,
            Instant start,
            @Size(max = Limits.FREE_TEXT) String notes,
            @Valid WaitingOnBody waitingOn) {

        WaitingOn linked() {
            return waitingOn == null ? null : waitingOn.checked();
        }
    }

    @Schema(description = "What a delay waits on, exactly one of: a referral (referralId) known from care.referrals.v1 for"
            + " the person, whose receiving organisation becomes accountable; a care plan action (carePlanId with actionId)"
            + " known from care.careplans.v1 for the person, whose owner organisation becomes accountable;"
            + " a readiness milestone")
    public record WaitingOnBody(UUID referralId, UUID carePlanId, UUID actionId, MilestoneKind milestone) {

        WaitingOn checked() {
            return WaitingOn.of(referralId, carePlanId, actionId, milestone);
        }
    }

    @Schema(description = "Why the organisation acknowledges (optional) or disputes (required) the delay")
    public record Answer(@Size(max = Limits.REASON) String reason) {
    }

    public record EndDelay(Instant end) {
    }

    public record Pathway(@Schema(description = "Discharge to Assess pathway 0-3") @NotNull @Min(0) @Max(3) Integer pathway) {
    }

    public record Milestone(
            @NotNull MilestoneStatus status,
            @Size(max = Limits.ODS_CODE) String ownerOrganisation,
            @Size(max = Limits.TEAM) String ownerTeam,
            LocalDate dueDate) {
    }

    public record Discharge(Instant at, @Min(0) @Max(3) Integer pathway, @Size(max = Limits.LABEL) String destination) {
    }

    public record Cancel(@NotBlank @Size(max = Limits.REASON) String reason) {
    }
}
