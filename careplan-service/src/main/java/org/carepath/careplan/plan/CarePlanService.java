package org.carepath.careplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Every change to a plan commits with its version snapshot and its events, or not at all. */
@ApplicationScoped
public class CarePlanService {

    /** A plan with its care team and coordinator history, as one reader may see it. */
    public record Detail(CareTeam team, List<CoordinatorHandover> handovers) {
    }

    private final CarePlanRepository plans;
    private final VersionRepository versions;
    private final CareTeamRepository teamHistory;
    private final CareTeams teams;
    private final DecisionRepository decisions;
    private final Changes changes;
    private final Clock clock;

    public CarePlanService(CarePlanRepository plans, VersionRepository versions, CareTeamRepository teamHistory,
            CareTeams teams, DecisionRepository decisions, Changes changes, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.decisions = decisions;
        this.teamHistory = teamHistory;
        this.teams = teams;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A draft plan; the creator becomes its coordinator and their team its first member. Unless their
     * organisation took the person on through a referral it accepted, starting the plan is what involves
     * it with the person, so it must say why ({@code relationshipReason}, carried on careplan.created).
     */
    public Uni<CareTeam> create(String nhsNumber, PlanContent content, String relationshipReason, CareActor creator) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> plans.acceptedReferralOf(nhsNumber, creator.organisation())
                .chain(accepted -> {
                    if (!accepted && (relationshipReason == null || relationshipReason.isBlank())) {
                        throw new InvalidInput("relationshipReason: say why your organisation takes this"
                                + " person on; it has not accepted a referral for them")
                                .with("field", "relationshipReason");
                    }
                    return start(nhsNumber, content, accepted ? null : relationshipReason.strip(), creator, now);
                }));
    }

    private Uni<CareTeam> start(String nhsNumber, PlanContent content, String relationshipReason, CareActor creator,
            Instant now) {
        var started = CarePlan.start(nhsNumber, content, relationshipReason, creator, now);
        var team = new CareTeam(started.plan(), List.of());
        var joined = team.join(new NewMember(creator.organisation(), creator.mainTeam(), null, null,
                "care coordinator's team"), null, creator.practitioner(), now);
        return changes.save(started.change().and(joined)).replaceWith(team);
    }

    public Uni<Detail> find(UUID id, CareActor reader) {
        return Panache.withSession(() -> teams.readable(id, reader)
                .chain(team -> teamHistory.handovers(id).map(handovers -> new Detail(team, handovers))));
    }

    public Uni<Page<CarePlan>> forPerson(String nhsNumber, CareActor reader, int page, int size) {
        return Panache.withSession(() -> plans.visible(PlanSearch.ofPerson(nhsNumber), reader.organisation(), page, size));
    }

    /** The plans matching the search that the reader may see, each with its care team, newest first. */
    public Uni<Page<CareTeam>> search(PlanSearch search, CareActor reader, int page, int size) {
        if (search.matchesNothing()) {
            return Uni.createFrom().item(new Page<>(List.of(), page, size, 0));
        }
        return Panache.withSession(() -> plans.visible(search, reader.organisation(), page, size)
                .chain(found -> Multi.createFrom().iterable(found.items())
                        .onItem().transformToUniAndConcatenate(teams::of)
                        .collect().asList()
                        .map(withTeams -> new Page<>(withTeams, found.page(), found.size(), found.total()))));
    }

    public Uni<CareTeam> revise(UUID id, PlanContent content, CareActor editor, String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(id, editor)
                .invoke(team -> IfMatch.check(ifMatch, team.plan().version()))
                .call(team -> changes.save(team.plan().revise(content, editor, now))));
    }

    public Uni<CareTeam> act(UUID id, CarePlanAction action, String reason, CareActor actor, String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(id, actor)
                .invoke(team -> IfMatch.check(ifMatch, team.plan().version()))
                .call(team -> action.target() == CarePlanStatus.ACTIVE ? refuseSecondActive(team.plan()) : Uni.createFrom().voidItem())
                .call(team -> changes.save(team.plan().act(action, actor, reason, now))));
    }

    public Uni<Page<CarePlanVersion>> versions(UUID id, CareActor reader, int page, int size) {
        return Panache.withSession(() -> teams.readable(id, reader)
                .chain(team -> versions.versions(id, page, size)));
    }

    public Uni<CarePlanVersion> version(UUID id, long version, CareActor reader) {
        return Panache.withSession(() -> teams.readable(id, reader)
                .chain(team -> existing(id, version)));
    }

    /** New actions from a care team member; each owner's organisation must be on the care team. */
    public Uni<CareTeam> assign(UUID id, List<PlanAction.Request> actions, CareActor actor, String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(id, actor)
                .invoke(team -> IfMatch.check(ifMatch, team.plan().version()))
                .invoke(team -> team.refuseOwnersOffTeam(actions))
                .call(team -> changes.save(team.plan().assign(actions, actor, now))));
    }

    public Uni<CareTeam> moveAction(UUID id, UUID actionId, ActionStatus target, String reason, CareActor actor,
            String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(id, actor)
                .invoke(team -> IfMatch.check(ifMatch, team.plan().version()))
                .call(team -> changes.save(team.plan().moveAction(actionId, target, reason, actor, now))));
    }

    /** A decision by the coordinator between meetings, so that nothing waits for the next MDT. */
    public Uni<Decided> decide(UUID id, String text, List<PlanAction.Request> actions, CareActor actor, String ifMatch) {
        var decision = Decision.byCoordinator(actor.organisation(), actor.mainTeam(), text, actions);
        return Panache.withTransaction(() -> teams.readable(id, actor)
                .invoke(team -> team.plan().authoriseLead(actor))
                .chain(team -> record(team, decision, actor, ifMatch)));
    }

    /** Records a decision (an MDT's) on the plan in the caller's transaction; the caller must be on the care team. */
    public Uni<Decided> recordDecision(UUID id, Decision decision, CareActor actor, String ifMatch) {
        return teams.readable(id, actor).chain(team -> record(team, decision, actor, ifMatch));
    }

    private Uni<Decided> record(CareTeam team, Decision decision, CareActor actor, String ifMatch) {
        Instant now = clock.instant();
        IfMatch.check(ifMatch, team.plan().version());
        team.refuseOwnersOffTeam(decision.actions());
        return changes.save(team.plan().decide(decision, actor, now))
                .chain(() -> decisions.findById(decision.id()))
                .map(recorded -> new Decided(team, recorded));
    }

    public Uni<Page<CareDecision>> decisions(UUID id, CareActor reader, int page, int size) {
        return Panache.withSession(() -> teams.readable(id, reader)
                .chain(team -> decisions.forPlan(id, page, size)));
    }

    /** What changed from one version to another (either order). */
    public Uni<List<PlanDiff.Difference>> diff(UUID id, long from, long to, CareActor reader) {
        return Panache.withSession(() -> teams.readable(id, reader)
                .chain(team -> existing(id, from))
                .chain(before -> existing(id, to)
                        .map(after -> PlanDiff.between(before.snapshot(), after.snapshot()))));
    }

    private Uni<CarePlanVersion> existing(UUID id, long version) {
        return versions.version(id, version)
                .onItem().ifNull().failWith(() -> new NotVisible("care plan " + id + " has no version " + version));
    }

    /** One active plan per person: the one there is must be completed, held or revoked first. */
    private Uni<Void> refuseSecondActive(CarePlan plan) {
        return plans.activeFor(plan.nhsNumber())
                .invoke(active -> {
                    if (active != null && !active.id().equals(plan.id())) {
                        throw new Conflict("active-plan-exists", "The person already has an active care plan",
                                "care plan " + active.id() + " is active; complete, hold or revoke it first")
                                .with("activePlan", "/care-plans/" + active.id());
                    }
                })
                .replaceWithVoid();
    }
}
