package org.carepath.careplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.careplan.plan.CareDecision;
import org.carepath.careplan.plan.CarePlan;
import org.carepath.careplan.plan.CarePlanStatus;
import org.carepath.careplan.plan.CarePlanVersion;
import org.carepath.careplan.plan.CareTeam;
import org.carepath.careplan.plan.CareTeamMember;
import org.carepath.careplan.plan.CoordinatorHandover;
import org.carepath.careplan.plan.PlanAction;
import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.careplan.plan.PlanDiff;
import org.carepath.careplan.plan.PlanSnapshot;
import org.carepath.events.Practitioner;
import org.carepath.platform.audit.PersonsRecord;

/** Response bodies of the care plan endpoints. */
public final class CarePlanViews {

    private CarePlanViews() {
    }

    public record MemberView(UUID id, String organisation, String team, String practitionerUserId,
            String practitionerName, String role, UUID referralId, Instant joinedAt, Instant leftAt, String leftReason) {

        static MemberView of(CareTeamMember member) {
            return new MemberView(member.id(), member.organisation(), member.team(), member.practitionerUser(),
                    member.practitionerName(), member.role(), member.referralId(), member.joinedAt(), member.leftAt(),
                    member.leftReason());
        }
    }

    public record HandoverView(Practitioner from, Practitioner to, String reason, String by, Instant at) {

        static HandoverView of(CoordinatorHandover handover) {
            return new HandoverView(handover.from(), handover.to(), handover.reason(), handover.byUser(), handover.at());
        }
    }

    /**
     * @param members        every place the team has had, current ones without leftAt
     * @param handovers      null where the response is to a change rather than a read
     * @param version        also sent as the ETag; send it back in If-Match to change the plan
     */
    public record CarePlanView(UUID id, String nhsNumber, CarePlanStatus status, String summary, List<Need> needs,
            List<Goal> goals, List<Carer> carers, Involvement involvement, LocalDate reviewDate,
            List<PlanAction> actions, Practitioner coordinator, List<String> allowedActions, List<MemberView> members,
            List<HandoverView> handovers, Instant createdAt, long version) implements PersonsRecord {

        static CarePlanView of(CareTeam team, List<CoordinatorHandover> handovers) {
            CarePlan plan = team.plan();
            return new CarePlanView(plan.id(), plan.nhsNumber(), plan.status(), plan.summary(), plan.needs(),
                    plan.goals(), plan.carers(), plan.involvement(), plan.reviewDate(), plan.actions(),
                    plan.coordinator(), plan.allowedActions(),
                    team.members().stream().map(MemberView::of).toList(),
                    handovers == null ? null : handovers.stream().map(HandoverView::of).toList(),
                    plan.createdAt(), plan.version());
        }
    }

    public record CarePlanSummary(UUID id, String nhsNumber, CarePlanStatus status, String summary,
            LocalDate reviewDate, Practitioner coordinator, Instant createdAt, long version) {

        static CarePlanSummary of(CarePlan plan) {
            return new CarePlanSummary(plan.id(), plan.nhsNumber(), plan.status(), plan.summary(), plan.reviewDate(),
                    plan.coordinator(), plan.createdAt(), plan.version());
        }
    }

    /** @param snapshot the plan as it stood at this version; left out of the list of versions */
    public record VersionView(long version, String change, String changedBy, Instant changedAt, PlanSnapshot snapshot) {

        static VersionView of(CarePlanVersion version) {
            return new VersionView(version.version(), version.change(), version.changedBy(), version.changedAt(),
                    version.snapshot());
        }

        static VersionView listed(CarePlanVersion version) {
            return new VersionView(version.version(), version.change(), version.changedBy(), version.changedAt(), null);
        }
    }

    /** @param actionIds the actions it put on the plan */
    public record DecisionView(UUID id, UUID carePlanId, UUID meetingId, UUID caseId, String organisation, String team,
            String decision, List<UUID> actionIds, String decidedBy, Instant decidedAt) {

        static DecisionView of(CareDecision decision) {
            return new DecisionView(decision.id(), decision.planId(), decision.meetingId(), decision.caseId(),
                    decision.organisation(), decision.team(), decision.decision(), decision.actionIds(),
                    decision.decidedBy(), decision.decidedAt());
        }
    }

    /** What changed from one version of the plan to another. */
    public record DiffView(long from, long to, List<PlanDiff.Difference> differences) {
    }
}
