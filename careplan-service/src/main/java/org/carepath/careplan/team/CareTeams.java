package org.carepath.careplan.team;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.messaging.CarePlanEventsOut;
import org.carepath.careplan.plan.CarePlan;
import org.carepath.careplan.plan.CarePlanRepository;
import org.carepath.careplan.plan.Change;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Loads a plan with its care team, and stores a change with its events in the caller's transaction. */
@ApplicationScoped
public class CareTeams {

    private final CarePlanRepository plans;
    private final CareTeamRepository members;
    private final CarePlanEventsOut events;

    public CareTeams(CarePlanRepository plans, CareTeamRepository members, CarePlanEventsOut events) {
        this.plans = plans;
        this.members = members;
        this.events = events;
    }

    public Uni<CareTeam> load(UUID planId) {
        return plans.findById(planId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no care plan " + planId))
                .chain(this::of);
    }

    public Uni<CareTeam> of(CarePlan plan) {
        return members.members(plan.id()).map(found -> new CareTeam(plan, found));
    }

    /** The plan's team, if the actor's organisation has a place on it; otherwise 404. */
    public Uni<CareTeam> readable(UUID planId, CareActor actor) {
        return load(planId).invoke(team -> team.authoriseRead(actor));
    }

    /** The rows commit with the outbox rows of their events, so no event tells of an unsaved change. */
    public Uni<Void> save(String nhsNumber, Instant at, Change change) {
        return Panache.getSession()
                .chain(session -> Multi.createFrom().iterable(change.rows())
                        .onItem().transformToUniAndConcatenate(session::persist)
                        .collect().last())
                .chain(() -> Multi.createFrom().iterable(change.events())
                        .onItem().transformToUniAndConcatenate(event -> events.publish(nhsNumber, at, event))
                        .collect().last())
                .replaceWithVoid();
    }
}
