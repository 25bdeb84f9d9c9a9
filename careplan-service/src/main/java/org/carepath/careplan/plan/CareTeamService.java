package org.carepath.careplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Joining, leaving and coordinator handover, asked for over HTTP or caused by referrals. */
@ApplicationScoped
public class CareTeamService {

    private final CarePlanRepository plans;
    private final CareTeams teams;
    private final Changes changes;
    private final Clock clock;

    public CareTeamService(CarePlanRepository plans, CareTeams teams, Changes changes, Clock clock) {
        this.plans = plans;
        this.teams = teams;
        this.changes = changes;
        this.clock = clock;
    }

    public Uni<CareTeam> join(UUID planId, NewMember member, CareActor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(planId, actor)
                .invoke(CareTeamService::refuseClosed)
                .call(team -> {
                    var joined = team.join(member, null, actor.practitioner(), now);
                    if (joined.isEmpty()) {
                        throw new Conflict("that place on the care team is already taken");
                    }
                    return changes.save(joined);
                }));
    }

    public Uni<CareTeam> leave(UUID planId, UUID memberId, String reason, CareActor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(planId, actor)
                .call(team -> changes.save(team.leave(memberId, reason, now))));
    }

    /** The new coordinator must already have a place on the care team, through their organisation. */
    public Uni<CareTeam> handOver(UUID planId, Practitioner to, String reason, CareActor actor, String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> teams.readable(planId, actor)
                .invoke(team -> IfMatch.check(ifMatch, team.plan().version()))
                .invoke(team -> {
                    if (!team.includes(to.organisation())) {
                        throw new RuleBroken("not-on-care-team", "The new coordinator is not on the care team",
                                to.organisation() + " has no place on this care team; add their team first");
                    }
                })
                .call(team -> changes.save(team.plan().handOver(to, reason, actor, now))));
    }

    /** The receiving team joins the person's plan, which is drafted if they have none; a repeat adds nothing. */
    public Uni<Void> referralAccepted(ReferralAccepted accepted) {
        var member = new NewMember(accepted.targetOrganisation(), accepted.targetTeam(), null, null,
                "referral: " + accepted.serviceName());
        return currentOrNewPlan(accepted.nhsNumber(), accepted.at())
                .chain(team -> changes.save(team.join(member, accepted.referralId(), accepted.by(), accepted.at())));
    }

    /**
     * The receiving team's place ends with its referral, unless it still owns open actions on the
     * plan: then it stays, so the work is not orphaned, until the actions close and the
     * coordinator ends the place.
     */
    public Uni<Void> referralCompleted(ReferralCompleted completed) {
        return plans.currentFor(completed.nhsNumber())
                .onItem().ifNotNull().transformToUni(teams::of)
                .onItem().ifNotNull().transformToUni(team -> team.plan()
                        .hasOpenActionsOwnedBy(completed.targetOrganisation(), completed.targetTeam())
                                ? Uni.createFrom().voidItem()
                                : changes.save(team.teamDone(completed.targetOrganisation(), completed.targetTeam(),
                                        "referral completed", completed.at())))
                .replaceWithVoid();
    }

    /** Cancelled or rejected: what its acceptance started on the person's plan ends. */
    public Uni<Void> referralEnded(UUID referralId, String nhsNumber, String reason, Practitioner by, Instant at) {
        return plans.currentFor(nhsNumber)
                .onItem().ifNotNull().transformToUni(teams::of)
                .onItem().ifNotNull().transformToUni(team -> changes.save(team.referralEnded(referralId, reason, by, at)))
                .replaceWithVoid();
    }

    private Uni<CareTeam> currentOrNewPlan(String nhsNumber, Instant at) {
        return plans.currentFor(nhsNumber)
                .chain(plan -> plan != null ? teams.of(plan) : draft(nhsNumber, at));
    }

    private Uni<CareTeam> draft(String nhsNumber, Instant at) {
        var started = CarePlan.draftFor(nhsNumber, at);
        return changes.save(started.change()).replaceWith(new CareTeam(started.plan(), List.of()));
    }

    private static void refuseClosed(CareTeam team) {
        if (!team.plan().status().isOpen()) {
            throw new Conflict("the care plan is " + team.plan().status().code() + "; its team no longer changes");
        }
    }
}
