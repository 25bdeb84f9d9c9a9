package org.carepath.careplan.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.careplan.plan.PlanContent;
import org.carepath.careplan.team.NewMember;
import org.carepath.events.referral.Practitioner;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the care plan endpoints. */
public final class CarePlanRequests {

    private CarePlanRequests() {
    }

    @Schema(description = "A new draft plan; the caller becomes its care coordinator")
    public record Create(
            @Schema(examples = "9434765919") @NotNull @NhsNumber String nhsNumber,
            @Size(max = 4000) String summary,
            @Schema(description = "What matters to me: goals in the person's own words")
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> goals,
            LocalDate reviewDate) {

        PlanContent content() {
            return new PlanContent(summary, goals, reviewDate);
        }
    }

    @Schema(description = "The plan's content as it should now read")
    public record Revise(
            @Size(max = 4000) String summary,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> goals,
            LocalDate reviewDate) {

        PlanContent content() {
            return new PlanContent(summary, goals, reviewDate);
        }
    }

    public record Reason(@Size(max = 2000) String reason) {
    }

    @Schema(description = "A team of an organisation, or one practitioner of it, joining the care team")
    public record Member(
            @Schema(examples = "LA1") @NotBlank @Size(max = 10) String organisation,
            @Schema(examples = "adult-social-care") @Size(max = 100) String team,
            @Size(max = 200) String practitionerUserId,
            @Size(max = 200) String practitionerName,
            @Schema(examples = "social worker") @NotBlank @Size(max = 300) String role) {

        NewMember toMember() {
            return new NewMember(organisation, team, practitionerUserId, practitionerName, role);
        }
    }

    @Schema(description = "The new care coordinator; their organisation must be on the care team")
    public record Handover(
            @NotBlank @Size(max = 200) String userId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 10) String organisation,
            @Size(max = 100) String team,
            @Size(max = 2000) String reason) {

        Practitioner to() {
            return new Practitioner(userId, name, organisation, team);
        }
    }
}
