package org.carepath.careplan.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.careplan.plan.NewMember;
import org.carepath.careplan.plan.PlanAction;
import org.carepath.careplan.plan.PlanContent;
import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.platform.api.Limits;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the care plan endpoints. */
public final class CarePlanRequests {

    private CarePlanRequests() {
    }

    @Schema(description = "A new draft plan; the caller becomes its care coordinator")
    public record Create(
            @Schema(examples = "9434765919") @NotNull @NhsNumber String nhsNumber,
            @Size(max = Limits.FREE_TEXT) String summary,
            @Schema(description = "Needs by domain, at most one per domain")
            @Size(max = Limits.NEEDS_DOMAINS) List<@NotNull @Valid Need> needs,
            @Schema(description = "What matters to me: goals in the person's own words, each linked to the needs it answers")
            @Size(max = Limits.GOALS) List<@NotNull @Valid Goal> goals,
            @Size(max = Limits.CARERS) List<@NotNull @Valid Carer> carers,
            @Valid Involvement involvement,
            LocalDate reviewDate,
            @Schema(description = "Why your organisation takes the person on: required unless it accepted a referral"
                    + " for them (starting the plan is then what involves it; recorded as a self-granted relationship)")
            @Size(max = Limits.REASON) String relationshipReason) {

        PlanContent content() {
            return new PlanContent(summary, needs, goals, carers, involvement, reviewDate);
        }
    }

    @Schema(description = "The plan's content as it should now read (the whole of it: what is left out is removed)")
    public record Revise(
            @Size(max = Limits.FREE_TEXT) String summary,
            @Size(max = Limits.NEEDS_DOMAINS) List<@NotNull @Valid Need> needs,
            @Size(max = Limits.GOALS) List<@NotNull @Valid Goal> goals,
            @Size(max = Limits.CARERS) List<@NotNull @Valid Carer> carers,
            @Valid Involvement involvement,
            LocalDate reviewDate) {

        PlanContent content() {
            return new PlanContent(summary, needs, goals, carers, involvement, reviewDate);
        }
    }

    @Schema(description = "Who owns an action: a team of an organisation on the care team, or one practitioner of it")
    public record Owner(
            @Schema(examples = "RY1") @NotBlank @Size(max = Limits.ODS_CODE) String organisation,
            @Schema(examples = "reablement") @Size(max = Limits.TEAM) String team,
            @Size(max = Limits.USER_ID) String userId,
            @Size(max = Limits.NAME) String name) {
    }

    @Schema(description = "Something someone will do for the person")
    public record NewAction(
            @NotBlank @Size(max = Limits.REASON) String description,
            NeedsDomain needsDomain,
            @NotNull @Valid Owner owner,
            LocalDate dueDate) {

        PlanAction.Request toRequest() {
            return new PlanAction.Request(description, needsDomain,
                    new ActionOwner(owner.organisation(), blankToNull(owner.team()), blankToNull(owner.userId()),
                            blankToNull(owner.name())), dueDate);
        }

        static List<PlanAction.Request> all(List<NewAction> actions) {
            return actions == null ? List.of() : actions.stream().map(NewAction::toRequest).toList();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    @Schema(description = "New actions on the plan")
    public record Actions(@NotNull @Size(min = 1, max = Limits.ACTIONS) List<@NotNull @Valid NewAction> actions) {
    }

    @Schema(description = "A decision about the person and the actions it sets")
    public record Decide(
            @NotBlank @Size(max = Limits.FREE_TEXT) String decision,
            @Size(max = Limits.ACTIONS) List<@NotNull @Valid NewAction> actions) {
    }

    public record Reason(@Size(max = Limits.REASON) String reason) {
    }

    @Schema(description = "A team of an organisation, or one practitioner of it, joining the care team")
    public record Member(
            @Schema(examples = "LA1") @NotBlank @Size(max = Limits.ODS_CODE) String organisation,
            @Schema(examples = "adult-social-care") @Size(max = Limits.TEAM) String team,
            @Size(max = Limits.USER_ID) String practitionerUserId,
            @Size(max = Limits.NAME) String practitionerName,
            @Schema(examples = "social worker") @NotBlank @Size(max = Limits.LABEL) String role) {

        NewMember toMember() {
            return new NewMember(organisation, team, practitionerUserId, practitionerName, role);
        }
    }

    @Schema(description = "The new care coordinator; their organisation must be on the care team")
    public record Handover(
            @NotBlank @Size(max = Limits.USER_ID) String userId,
            @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.ODS_CODE) String organisation,
            @Size(max = Limits.TEAM) String team,
            @Size(max = Limits.REASON) String reason) {

        Practitioner to() {
            return new Practitioner(userId, name, organisation, team);
        }
    }
}
