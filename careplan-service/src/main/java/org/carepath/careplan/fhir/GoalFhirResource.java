package org.carepath.careplan.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.careplan.fhir.CarePlansAsFhir.GoalId;
import org.carepath.careplan.plan.CarePlan;
import org.carepath.careplan.plan.CarePlanService;
import org.carepath.careplan.plan.CareTeam;
import org.carepath.careplan.plan.PlanSearch;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CurrentActor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * The plan's goals, in the person's words, as FHIR Goals. A goal is part of its plan, so it is read
 * through the plan, with the plan's access rule, version and last change.
 */
@AuditedReads("care-plan")
@Path("/fhir/Goal")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class GoalFhirResource {

    private static final Set<String> SEARCH = PlanSearches.with("lifecycle-status");

    private final CarePlanService plans;
    private final CurrentActor actor;

    public GoalFhirResource(CarePlanService plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<Goal>> read(@RestPath String id) {
        GoalId goal = CarePlansAsFhir.goalIdOf(Ids.checked(id, "id"));
        if (goal == null) {
            throw new NotVisible("no Goal " + id);
        }
        return plans.find(goal.plan(), actor.get())
                .map(detail -> detail.team().plan())
                .invoke(plan -> {
                    if (goal.place() > plan.goals().size()) {
                        throw new NotVisible("no Goal " + id);
                    }
                })
                .map(plan -> FhirResponses.ok(CarePlansAsFhir.goal(plan, goal.place())));
    }

    /** The goals of the person's plans (newest plan first, each plan's in order): few enough to page here. */
    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        PlanSearch search = PlanSearches.of(parameters, false);
        String id = FhirSearch.single(parameters, "_id");
        GoalId only = id == null ? null : CarePlansAsFhir.goalIdOf(Ids.checked(id, "_id"));
        if (id != null && only == null) {
            return Uni.createFrom().item(Searchset.none(paging, uri));
        }
        if (only != null) {
            search = search.withId(only.plan());
        }
        String status = FhirSearch.single(parameters, "lifecycle-status");
        if (status != null) {
            search = search.withStatuses(CarePlansAsFhir.withStatus(
                    PlanSearches.status(status, "lifecycle-status", Goal.GoalLifecycleStatus::fromCode),
                    CarePlansAsFhir::goalStatus));
        }
        return plans.search(search, actor.get(), 0, Integer.MAX_VALUE)
                .map(found -> Searchset.of(page(goals(found.items(), only), paging), goal -> goal, uri));
    }

    private static List<Goal> goals(List<CareTeam> teams, GoalId only) {
        List<Goal> goals = new ArrayList<>();
        for (CareTeam team : teams) {
            CarePlan plan = team.plan();
            for (int place = 1; place <= plan.goals().size(); place++) {
                if (only == null || only.place() == place) {
                    goals.add(CarePlansAsFhir.goal(plan, place));
                }
            }
        }
        return goals;
    }

    private static Page<Goal> page(List<Goal> goals, FhirSearch.Paging paging) {
        long first = (long) paging.page() * paging.count();
        List<Goal> items = first >= goals.size() ? List.of()
                : goals.subList((int) first, (int) Math.min(goals.size(), first + paging.count()));
        return new Page<>(items, paging.page(), paging.count(), goals.size());
    }
}
