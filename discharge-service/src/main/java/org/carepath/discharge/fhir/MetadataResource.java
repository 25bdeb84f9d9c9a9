package org.carepath.discharge.fhir;

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

/** What discharge-service's FHIR facade serves: the CapabilityStatement at {@code /fhir/metadata}. */
@Path("/fhir/metadata")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class MetadataResource {

    private static final String PERSON = "The person: https://fhir.nhs.uk/Id/nhs-number|<NHS number>"
            + " (also patient:identifier, patient.identifier)";
    private static final String LAST_UPDATED = "When the episode's record last changed (eq, ge, gt, le, lt)";

    @GET
    public CapabilityStatement metadata(@Context UriInfo uri) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Capabilities.of("discharge-service", "Complex discharges, read only: each hospital stay as an inpatient"
                        + " Encounter, each of its discharge delays as a Flag", Searchset.base(uri), started)
                .resource(ResourceType.Encounter, "A hospital stay: wards and beds, expected date of discharge, planned and"
                        + " actual discharge pathway", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The episode's id")
                .search("subject:identifier", SearchParamType.TOKEN, PERSON)
                .search("status", SearchParamType.TOKEN, "Encounter.status: in-progress, finished or cancelled")
                .search("ward", SearchParamType.STRING, "CarePath's: the ward the person is on now (or was on last), exactly")
                .search("_lastUpdated", SearchParamType.DATE, LAST_UPDATED)
                .resource(ResourceType.Flag, "A discharge delay: its reason code, accountable sector and period",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The delay's id")
                .search("subject:identifier", SearchParamType.TOKEN, PERSON)
                .search("encounter", SearchParamType.REFERENCE, "Encounter/<id>: the episode that recorded the delay")
                .search("status", SearchParamType.TOKEN, "Flag.status: active, inactive or entered-in-error")
                .search("_lastUpdated", SearchParamType.DATE, LAST_UPDATED)
                .build();
    }
}
