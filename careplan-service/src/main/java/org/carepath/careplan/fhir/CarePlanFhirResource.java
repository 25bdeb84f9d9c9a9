package org.carepath.careplan.fhir;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.careplan.plan.CarePlanService;
import org.carepath.careplan.plan.CareTeam;
import org.carepath.careplan.plan.PlanSearch;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CurrentActor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** The care plan as a FHIR CarePlan, read with the REST API's use cases: only its care team's organisations see it. */
@AuditedReads("care-plan")
@Path("/fhir/CarePlan")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class CarePlanFhirResource {

    private static final Set<String> SEARCH = PlanSearches.with("status");

    private final CarePlanService plans;
    private final CurrentActor actor;

    public CarePlanFhirResource(CarePlanService plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<CarePlan>> read(@RestPath String id) {
        return plans.find(Ids.plan(id, "CarePlan"), actor.get())
                .map(detail -> FhirResponses.ok(CarePlansAsFhir.carePlan(detail.team().plan())));
    }

    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        PlanSearch search = PlanSearches.withPlanId(PlanSearches.of(parameters, false), parameters);
        if (search == null) {
            return Uni.createFrom().item(Searchset.none(paging, uri));
        }
        String status = FhirSearch.single(parameters, "status");
        if (status != null) {
            search = search.withStatuses(CarePlansAsFhir.withStatus(
                    PlanSearches.status(status, "status", CarePlan.CarePlanStatus::fromCode), CarePlansAsFhir::carePlanStatus));
        }
        return plans.search(search, actor.get(), paging.page(), paging.count())
                .map(found -> Searchset.of(found, (CareTeam team) -> CarePlansAsFhir.carePlan(team.plan()), uri));
    }
}
