package org.carepath.careplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.MdtDecisionRecorded;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

/**
 * The person's care plan. Every change goes through a method here, keeps a whole snapshot as a
 * new version, and returns that row with the events it causes.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

    /** A new plan, and the change that stores it (the plan is its first row) with its first version and events. */
    public record Started(CarePlan plan, Change change) {
    }

    static final String SYSTEM = "careplan-service";

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CarePlanStatus status;

    private String summary;

    @Convert(converter = JsonColumns.Needs.class)
    private List<Need> needs;

    @Convert(converter = JsonColumns.Goals.class)
    private List<Goal> goals;

    @Convert(converter = JsonColumns.Carers.class)
    private List<Carer> carers;

    @Convert(converter = JsonColumns.Involvements.class)
    private Involvement involvement;

    @Convert(converter = JsonColumns.Actions.class)
    private List<PlanAction> actions;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "coordinator_user")
    private String coordinatorUser;

    @Column(name = "coordinator_name")
    private String coordinatorName;

    @Column(name = "coordinator_organisation")
    private String coordinatorOrganisation;

    @Column(name = "coordinator_team")
    private String coordinatorTeam;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When its latest version was made. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The plan's own version: the number of its latest snapshot, and its ETag. */
    @Column(nullable = false)
    private long version;

    /** Catches two writers racing past the If-Match check; never shown to clients. */
    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected CarePlan() {
    }

    /** A draft written by a practitioner, who becomes its care coordinator. */
    public static Started start(String nhsNumber, PlanContent content, String relationshipReason, CareActor creator,
            Instant now) {
        if (creator.organisation() == null) {
            throw new NotPermitted("your token names no organisation, so you cannot join a care team");
        }
        CarePlan plan = blank(nhsNumber, content, now);
        Practitioner by = creator.practitioner();
        plan.assign(by);
        var created = new CarePlanCreated(plan.id, nhsNumber, by, by, relationshipReason, now);
        var assigned = new CareCoordinatorAssigned(plan.id, nhsNumber, null, by, "created the plan", by, now);
        var handover = new CoordinatorHandover(plan.id, null, by, "created the plan", by.userId(), now);
        return new Started(plan, new Change(List.of(plan, plan.snapshot(by.userId(), now, "created"), handover),
                List.of(created, assigned)));
    }

    /** An empty draft with no coordinator yet, for a person a team has just taken on. */
    public static Started draftFor(String nhsNumber, Instant now) {
        CarePlan plan = blank(nhsNumber, PlanContent.empty(), now);
        return new Started(plan, new Change(List.of(plan, plan.snapshot(SYSTEM, now, "created for an accepted referral")),
                List.of(new CarePlanCreated(plan.id, nhsNumber, null, null, null, now))));
    }

    private static CarePlan blank(String nhsNumber, PlanContent content, Instant now) {
        CarePlan plan = new CarePlan();
        plan.id = UUID.randomUUID();
        plan.nhsNumber = nhsNumber;
        plan.status = CarePlanStatus.DRAFT;
        plan.write(content.checked());
        plan.actions = List.of();
        plan.createdAt = now;
        plan.version = 0;
        return plan;
    }

    /** New content from a care team member (the service has checked the membership). */
    public Change revise(PlanContent content, CareActor editor, Instant now) {
        refuseUnlessOpen("change");
        write(content.checked());
        return versioned("content", editor, now);
    }

    private void write(PlanContent content) {
        summary = content.summary();
        needs = content.needs();
        goals = content.goals();
        carers = content.carers();
        involvement = content.involvement();
        reviewDate = content.reviewDate();
    }

    /** New actions from a care team member (the service has checked each owner is on the care team). */
    public Change assign(List<PlanAction.Request> requests, CareActor actor, Instant now) {
        refuseUnlessOpen("add actions to");
        Practitioner by = actor.practitioner();
        List<PlanAction> added = requests.stream().map(request -> PlanAction.assigned(request, null, actor.userId(), now)).toList();
        actions = Stream.concat(actions.stream(), added.stream()).toList();
        var row = snapshot(actor.userId(), now, "actions assigned: " + describe(added));
        return Change.of(added.stream().map(action -> assignedEvent(action, by, now)).toList()).with(row);
    }

    /**
     * A decision about the person, at an MDT meeting or by the coordinator between meetings; its
     * actions land on the plan in the same version.
     */
    public Change decide(Decision decision, CareActor actor, Instant now) {
        refuseUnlessOpen("record a decision on");
        Practitioner by = actor.practitioner();
        List<PlanAction> added = decision.actions().stream()
                .map(request -> PlanAction.assigned(request, decision.id(), actor.userId(), now))
                .toList();
        actions = Stream.concat(actions.stream(), added.stream()).toList();
        var row = snapshot(actor.userId(), now, (decision.meetingId() == null ? "decision: " : "MDT decision: ")
                + decision.text());
        var recorded = new CareDecision(id, decision, added.stream().map(PlanAction::id).toList(), actor.userId(), now);
        List<CarePlanEvent> events = Stream.<CarePlanEvent>concat(added.stream().map(action -> assignedEvent(action, by, now)),
                Stream.of(new MdtDecisionRecorded(id, nhsNumber, decision.id(), decision.meetingId(),
                        decision.organisation(), decision.team(), decision.text(),
                        added.stream().map(PlanAction::id).toList(), by, now)))
                .toList();
        return Change.of(events).with(row).with(recorded);
    }

    /** Starts, completes or cancels one action; closing it is told as its own event. */
    public Change moveAction(UUID actionId, ActionStatus target, String reason, CareActor actor, Instant now) {
        refuseUnlessOpen("change actions on");
        PlanAction action = action(actionId)
                .orElseThrow(() -> new NotVisible("care plan " + id + " has no action " + actionId));
        if (!action.status().canMoveTo(target)) {
            throw new IllegalTransition("Not allowed in the action's current state",
                    "an action that is " + action.status().code() + " cannot become " + target.code())
                    .with("currentStatus", action.status().code());
        }
        if (target == ActionStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw new RuleBroken("reason-required", "A cancelled action needs a reason",
                    "say why \"" + action.description() + "\" is cancelled");
        }
        PlanAction moved = action.movedTo(target, reason, now);
        actions = actions.stream().map(existing -> existing.id().equals(actionId) ? moved : existing).toList();
        Practitioner by = actor.practitioner();
        String change = "action " + target.code() + ": " + action.description()
                + (target == ActionStatus.CANCELLED ? " (" + reason + ")" : "");
        var row = snapshot(actor.userId(), now, change);
        CarePlanEvent event = target == ActionStatus.DONE
                ? new CarePlanActionCompleted(id, nhsNumber, version, actionId, action.description(), action.owner(), by, now)
                : new CarePlanVersioned(id, nhsNumber, version, status.code(), change, by, now);
        return new Change(List.of(row), List.of(event));
    }

    public Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    /** Whether the team still has work to do for the person, so that it stays on the care team. */
    public boolean hasOpenActionsOwnedBy(String organisation, String team) {
        return actions.stream().anyMatch(action -> action.status().isOpen() && action.isOwnedBy(organisation, team));
    }

    /** The open actions due before today, to be told once each. */
    public List<CarePlanActionOverdue> overdueActions(LocalDate today, Instant now) {
        if (!status.isOpen()) {
            return List.of();
        }
        return actions.stream()
                .filter(action -> action.isOverdueOn(today))
                .map(action -> new CarePlanActionOverdue(id, nhsNumber, action.id(), action.description(), action.owner(),
                        action.dueDate(), now))
                .toList();
    }

    /** A live plan whose review date has come, to be told once per review date. */
    public Optional<CarePlanReviewDue> reviewDue(LocalDate today, Instant now) {
        boolean live = status == CarePlanStatus.ACTIVE || status == CarePlanStatus.ON_HOLD;
        return live && reviewDate != null && !reviewDate.isAfter(today)
                ? Optional.of(new CarePlanReviewDue(id, nhsNumber, reviewDate, coordinator(), now))
                : Optional.empty();
    }

    private CarePlanActionAssigned assignedEvent(PlanAction action, Practitioner by, Instant now) {
        return new CarePlanActionAssigned(id, nhsNumber, version, action.id(), action.description(),
                action.needsDomain() == null ? null : action.needsDomain().code(), action.owner(), action.dueDate(),
                action.decisionId(), by, now);
    }

    private static String describe(List<PlanAction> added) {
        return String.join("; ", added.stream().map(PlanAction::description).toList());
    }

    private void refuseUnlessOpen(String what) {
        if (!status.isOpen()) {
            throw refused(what);
        }
    }

    /** A status change: the coordinator's, or a manager's of the coordinator's organisation. */
    public Change act(CarePlanAction action, CareActor actor, String reason, Instant now) {
        authoriseLead(actor);
        if (!action.isAllowedFrom(status)) {
            throw refused(action.code());
        }
        status = action.target();
        String change = action.done() + (reason == null || reason.isBlank() ? "" : ": " + reason);
        Practitioner by = actor.practitioner();
        var row = snapshot(actor.userId(), now, change);
        CarePlanEvent event = switch (action) {
            case ACTIVATE -> new CarePlanActivated(id, nhsNumber, version, by, now);
            case COMPLETE -> new CarePlanCompleted(id, nhsNumber, version, by, now);
            case HOLD, RESUME, REVOKE -> new CarePlanVersioned(id, nhsNumber, version, status.code(), change, by, now);
        };
        return new Change(List.of(row), List.of(event));
    }

    /**
     * A draft whose last place on the team ended with a cancelled referral: nobody can read it any
     * more, so it is revoked rather than left behind. {@code by} is who cancelled the referral.
     */
    public Change revokeOrphanedDraft(String reason, Practitioner by, Instant now) {
        if (status != CarePlanStatus.DRAFT) {
            return Change.none();
        }
        status = CarePlanStatus.REVOKED;
        String change = "revoked: " + reason;
        return new Change(List.of(snapshot(SYSTEM, now, change)),
                List.of(new CarePlanVersioned(id, nhsNumber, version, status.code(), change, by, now)));
    }

    /** Hands the plan to another coordinator (the service has checked they are on the care team). */
    public Change handOver(Practitioner to, String reason, CareActor actor, Instant now) {
        authoriseLead(actor);
        refuseUnlessOpen("hand over");
        Practitioner from = coordinator();
        if (from != null && from.userId().equals(to.userId())) {
            throw new Conflict(to.name() + " is already the care coordinator");
        }
        assign(to);
        Practitioner by = actor.practitioner();
        var handover = new CoordinatorHandover(id, from, to, reason, actor.userId(), now);
        return new Change(List.of(snapshot(actor.userId(), now, "coordinator: " + to.name()), handover),
                List.of(new CareCoordinatorAssigned(id, nhsNumber, from, to, reason, by, now)));
    }

    /**
     * The coordinator, or a manager of the coordinator's organisation. A plan drafted for a
     * referral has no coordinator yet: then any care coordinator or manager on its team may lead.
     */
    public void authoriseLead(CareActor actor) {
        boolean lead = coordinatorUser == null
                ? actor.hasRole(Roles.CARE_COORDINATOR) || actor.hasRole(Roles.MANAGER)
                : coordinatorUser.equals(actor.userId())
                        || actor.hasRole(Roles.MANAGER) && actor.worksFor(coordinatorOrganisation);
        if (!lead) {
            throw new NotPermitted("only the care coordinator (" + coordinatorName
                    + ") or a manager of their organisation may do this");
        }
    }

    public List<String> allowedActions() {
        return CarePlanAction.allowedFrom(status).stream().map(CarePlanAction::code).toList();
    }

    private Change versioned(String change, CareActor actor, Instant now) {
        var row = snapshot(actor.userId(), now, change);
        var event = new CarePlanVersioned(id, nhsNumber, version, status.code(), change, actor.practitioner(), now);
        return new Change(List.of(row), List.of(event));
    }

    private CarePlanVersion snapshot(String by, Instant now, String change) {
        version++;
        updatedAt = now;
        return new CarePlanVersion(id, version, new PlanSnapshot(status, summary, List.copyOf(needs), List.copyOf(goals),
                List.copyOf(carers), involvement, reviewDate, coordinator(), List.copyOf(actions)), by, now, change);
    }

    private void assign(Practitioner coordinator) {
        coordinatorUser = coordinator.userId();
        coordinatorName = coordinator.name();
        coordinatorOrganisation = coordinator.organisation();
        coordinatorTeam = coordinator.team();
    }

    private Refusal refused(String action) {
        return new IllegalTransition("Not allowed in the plan's current state",
                "cannot " + action + " a care plan that is " + status.code())
                .with("currentStatus", status.code())
                .with("allowedActions", allowedActions());
    }

    public Practitioner coordinator() {
        return coordinatorUser == null ? null
                : new Practitioner(coordinatorUser, coordinatorName, coordinatorOrganisation, coordinatorTeam);
    }

    public UUID id() { return id; }
    public String nhsNumber() { return nhsNumber; }
    public CarePlanStatus status() { return status; }
    public String summary() { return summary; }
    public List<Need> needs() { return needs; }
    public List<Goal> goals() { return goals; }
    public List<Carer> carers() { return carers; }
    public Involvement involvement() { return involvement; }
    public List<PlanAction> actions() { return actions; }
    public LocalDate reviewDate() { return reviewDate; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
