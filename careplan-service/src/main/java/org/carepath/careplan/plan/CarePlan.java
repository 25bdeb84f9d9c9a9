package org.carepath.careplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.careplan.team.CoordinatorHandover;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.referral.Practitioner;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

/**
 * The person's care plan. Every change goes through a method here, keeps a whole snapshot as a
 * new version, and returns that row with the events it causes.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

    /** A new plan with what its creation leaves behind. */
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

    @Convert(converter = JsonColumns.Goals.class)
    private List<String> goals;

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
    public static Started start(String nhsNumber, PlanContent content, CareActor creator, Instant now) {
        if (creator.organisation() == null) {
            throw ProblemException.forbidden("your token names no organisation, so you cannot join a care team");
        }
        CarePlan plan = blank(nhsNumber, content, now);
        Practitioner by = practitioner(creator);
        plan.assign(by);
        var created = new CarePlanCreated(plan.id, nhsNumber, by, by, now);
        var assigned = new CareCoordinatorAssigned(plan.id, nhsNumber, null, by, "created the plan", by, now);
        var handover = new CoordinatorHandover(plan.id, null, by, "created the plan", by.userId(), now);
        return new Started(plan, new Change(List.of(plan.snapshot(by.userId(), now, "created"), handover),
                List.of(created, assigned)));
    }

    /** An empty draft with no coordinator yet, for a person a team has just taken on. */
    public static Started draftFor(String nhsNumber, Instant now) {
        CarePlan plan = blank(nhsNumber, PlanContent.empty(), now);
        return new Started(plan, new Change(List.of(plan.snapshot(SYSTEM, now, "created for an accepted referral")),
                List.of(new CarePlanCreated(plan.id, nhsNumber, null, null, now))));
    }

    private static CarePlan blank(String nhsNumber, PlanContent content, Instant now) {
        CarePlan plan = new CarePlan();
        plan.id = UUID.randomUUID();
        plan.nhsNumber = nhsNumber;
        plan.status = CarePlanStatus.DRAFT;
        plan.summary = content.summary();
        plan.goals = content.goals();
        plan.reviewDate = content.reviewDate();
        plan.createdAt = now;
        plan.version = 0;
        return plan;
    }

    /** New content from a care team member (the service has checked the membership). */
    public Change revise(PlanContent content, CareActor editor, Instant now) {
        if (!status.isOpen()) {
            throw refused("change");
        }
        summary = content.summary();
        goals = content.goals();
        reviewDate = content.reviewDate();
        return versioned("content", editor, now);
    }

    /** A status change: the coordinator's, or a manager's of the coordinator's organisation. */
    public Change act(CarePlanAction action, CareActor actor, String reason, Instant now) {
        authoriseLead(actor);
        if (!action.isAllowedFrom(status)) {
            throw refused(action.code());
        }
        status = action.target();
        String change = action.done() + (reason == null || reason.isBlank() ? "" : ": " + reason);
        Practitioner by = practitioner(actor);
        var row = snapshot(actor.userId(), now, change);
        Record event = switch (action) {
            case ACTIVATE -> new CarePlanActivated(id, nhsNumber, version, by, now);
            case COMPLETE -> new CarePlanCompleted(id, nhsNumber, version, by, now);
            case HOLD, RESUME, REVOKE -> new CarePlanVersioned(id, nhsNumber, version, status.code(), change, by, now);
        };
        return new Change(List.of(row), List.of(event));
    }

    /** Hands the plan to another coordinator (the service has checked they are on the care team). */
    public Change handOver(Practitioner to, String reason, CareActor actor, Instant now) {
        authoriseLead(actor);
        if (!status.isOpen()) {
            throw refused("hand over");
        }
        Practitioner from = coordinator();
        if (from != null && from.userId().equals(to.userId())) {
            throw ProblemException.conflict(to.name() + " is already the care coordinator");
        }
        assign(to);
        Practitioner by = practitioner(actor);
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
            throw ProblemException.forbidden("only the care coordinator (" + coordinatorName
                    + ") or a manager of their organisation may do this");
        }
    }

    public List<String> allowedActions() {
        return CarePlanAction.allowedFrom(status).stream().map(CarePlanAction::code).toList();
    }

    private Change versioned(String change, CareActor actor, Instant now) {
        var row = snapshot(actor.userId(), now, change);
        var event = new CarePlanVersioned(id, nhsNumber, version, status.code(), change, practitioner(actor), now);
        return new Change(List.of(row), List.of(event));
    }

    private CarePlanVersion snapshot(String by, Instant now, String change) {
        version++;
        return new CarePlanVersion(id, version, new PlanSnapshot(status, summary, new ArrayList<>(goals), reviewDate,
                coordinator()), by, now, change);
    }

    private void assign(Practitioner coordinator) {
        coordinatorUser = coordinator.userId();
        coordinatorName = coordinator.name();
        coordinatorOrganisation = coordinator.organisation();
        coordinatorTeam = coordinator.team();
    }

    private ProblemException refused(String action) {
        return new ProblemException(409, "illegal-transition", "Not allowed in the plan's current state",
                "cannot " + action + " a care plan that is " + status.code())
                .with("currentStatus", status.code())
                .with("allowedActions", allowedActions());
    }

    public static Practitioner practitioner(CareActor actor) {
        return new Practitioner(actor.userId(), actor.name(), actor.organisation(), actor.mainTeam());
    }

    public Practitioner coordinator() {
        return coordinatorUser == null ? null
                : new Practitioner(coordinatorUser, coordinatorName, coordinatorOrganisation, coordinatorTeam);
    }

    public UUID id() { return id; }
    public String nhsNumber() { return nhsNumber; }
    public CarePlanStatus status() { return status; }
    public String summary() { return summary; }
    public List<String> goals() { return goals; }
    public LocalDate reviewDate() { return reviewDate; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
