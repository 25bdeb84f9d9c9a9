package org.carepath.careplan.fhir;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.fhir.Capabilities;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Searchset;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.ResourceType;

/** What careplan-service's FHIR facade serves: the CapabilityStatement at {@code /fhir/metadata}. */
@Path("/fhir/metadata")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class MetadataResource {

    private static final String PERSON = "The person: https://fhir.nhs.uk/Id/nhs-number|<NHS number>"
            + " (also patient:identifier, patient.identifier); required unless _id is given";

    @GET
    public CapabilityStatement metadata(@Context UriInfo uri) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Capabilities.of("careplan-service", "Shared person-centred care plans: the plan as CarePlan, its care"
                        + " team as CareTeam, the person's goals as Goal; read only", Searchset.base(uri), started)
                .resource(ResourceType.CarePlan, "The care plan with its needs, actions, carers and involvement; only"
                        + " organisations on its care team see it", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The plan's id")
                .search("subject:identifier", SearchParamType.TOKEN, PERSON)
                .search("status", SearchParamType.TOKEN, "CarePlan.status")
                .search("_lastUpdated", SearchParamType.DATE, "When the plan last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.CareTeam, "The plan's care team, with the plan's id: organisations, practitioners,"
                        + " the care coordinator and carers", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The plan's id")
                .search("subject:identifier", SearchParamType.TOKEN, PERSON)
                .search("status", SearchParamType.TOKEN, "CareTeam.status")
                .search("_lastUpdated", SearchParamType.DATE, "When the plan or its team last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.Goal, "A goal in the person's own words; id <plan id>-goal-<place on the plan>",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The goal's id")
                .search("subject:identifier", SearchParamType.TOKEN, PERSON)
                .search("lifecycle-status", SearchParamType.TOKEN, "Goal.lifecycleStatus")
                .search("_lastUpdated", SearchParamType.DATE, "When its plan last changed (eq, ge, gt, le, lt)")
                .build();
    }
}
