package org.carepath.referrals.fhir;

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

/** What referrals-service's FHIR facade serves: the CapabilityStatement at {@code /fhir/metadata}. */
@Path("/fhir/metadata")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class MetadataResource {

    @GET
    public CapabilityStatement metadata(@Context UriInfo uri) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Capabilities.of("referrals-service", "Cross-organisation referrals: the referral as ServiceRequest, its"
                        + " lifecycle as Task, the service directory as HealthcareService and Organization",
                        Searchset.base(uri), started)
                .resource(ResourceType.ServiceRequest, "The referral; create submits it (Idempotency-Key as on REST)",
                        TypeRestfulInteraction.CREATE, TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The referral's id")
                .search("subject:identifier", SearchParamType.TOKEN, "The person: https://fhir.nhs.uk/Id/nhs-number|<NHS number>"
                        + " (also patient:identifier, patient.identifier)")
                .search("status", SearchParamType.TOKEN, "ServiceRequest.status")
                .search("performer", SearchParamType.REFERENCE, "HealthcareService/<id>")
                .search("_lastUpdated", SearchParamType.DATE, "When the referral last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.Task, "The referral's lifecycle; an update (If-Match) takes the step to the status asked",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.UPDATE, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The referral's id")
                .search("focus", SearchParamType.REFERENCE, "ServiceRequest/<id>")
                .search("owner", SearchParamType.REFERENCE, "Organization/<ODS code>: the receiving organisation")
                .search("status", SearchParamType.TOKEN, "Task.status")
                .search("_lastUpdated", SearchParamType.DATE, "When the referral last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.HealthcareService, "A service of the directory, which takes referrals",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("name", SearchParamType.STRING, "Part of the name, any case")
                .search("organization", SearchParamType.REFERENCE, "Organization/<ODS code>")
                .search("active", SearchParamType.TOKEN, "true: open services only")
                .resource(ResourceType.Organization, "An organisation of the directory, by ODS code",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("identifier", SearchParamType.TOKEN, "https://fhir.nhs.uk/Id/ods-organization-code|<ODS code>")
                .build();
    }
}
