package org.carepath.careplan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;

/** Loads a plan with its care team: the team decides who may see the plan at all. */
@ApplicationScoped
public class CareTeams {

    private final CarePlanRepository plans;
    private final CareTeamRepository members;

    public CareTeams(CarePlanRepository plans, CareTeamRepository members) {
        this.plans = plans;
        this.members = members;
    }

    private Uni<CareTeam> load(UUID planId) {
        return plans.findById(planId)
                .onItem().ifNull().failWith(() -> new NotVisible("no care plan " + planId))
                .chain(this::of);
    }

    public Uni<CareTeam> of(CarePlan plan) {
        return members.members(plan.id()).map(found -> new CareTeam(plan, found));
    }

    /** The plan's team, if the actor's organisation has a place on it; otherwise it does not exist for them. */
    public Uni<CareTeam> readable(UUID planId, CareActor actor) {
        return load(planId).invoke(team -> team.authoriseRead(actor));
    }
}
