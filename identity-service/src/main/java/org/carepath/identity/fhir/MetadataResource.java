package org.carepath.identity.fhir;

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

/** What identity-service's FHIR facade serves: the CapabilityStatement at {@code /fhir/metadata}. */
@Path("/fhir/metadata")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class MetadataResource {

    private static final String PERSON = "The person: https://fhir.nhs.uk/Id/nhs-number|<NHS number>";

    @GET
    public CapabilityStatement metadata(@Context UriInfo uri) {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        var statement = Capabilities.of("identity-service", "The person index as Patient (with the journey as"
                        + " Patient/$everything), the access audit as AuditEvent, break-glass as Consent, the staff directory as"
                        + " Practitioner and PractitionerRole", Searchset.base(uri), started)
                .resource(ResourceType.Patient, "The person index entry (any staff, audited); a retired NHS number reads as an"
                        + " inactive Patient whose link replaced-by names the survivor. $everything: the journey the caller may"
                        + " see (access, objections and audit as GET /persons/{nhsNumber}/journey), a searchset of Basic entries"
                        + " and, on its first page, the CareTeam of who is involved; start and end bound when things happened",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The NHS number")
                .search("identifier", SearchParamType.TOKEN, "https://fhir.nhs.uk/Id/nhs-number|<NHS number>, or a local"
                        + " identifier urn:carepath:fhir:identifier:<hospital-mrn|council-person-id|community-id>:<ODS code>|<value>")
                .search("_lastUpdated", SearchParamType.DATE, "When the index entry last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.AuditEvent, "A read of a person's record, permitted or refused; to managers, admins and"
                        + " Caldicott guardians as GET /audit/persons and /audit/users", TypeRestfulInteraction.READ,
                        TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The read's id")
                .search("patient", SearchParamType.REFERENCE, "Patient/<NHS number> (also patient:identifier,"
                        + " entity:identifier: " + PERSON + ")")
                .search("agent", SearchParamType.REFERENCE, "Practitioner/<user id>: reads by that member of staff for the"
                        + " caller's organisation")
                .search("date", SearchParamType.DATE, "When the read was made (also _lastUpdated)")
                .resource(ResourceType.Consent, "A break-glass grant: who overrode the person's privacy, in which role, why and"
                        + " until when; read as the access audit is", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The grant's id")
                .search("patient", SearchParamType.REFERENCE, "Patient/<NHS number> (also patient:identifier: " + PERSON + ")")
                .search("actor", SearchParamType.REFERENCE, "Practitioner/<user id>: grants to that member of staff at the"
                        + " caller's organisation")
                .search("status", SearchParamType.TOKEN, "active (not yet expired) or inactive")
                .search("date", SearchParamType.DATE, "When the glass was broken (also _lastUpdated)")
                .resource(ResourceType.Practitioner, "A member of staff in the directory: name, professional registration",
                        TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The user id")
                .search("_lastUpdated", SearchParamType.DATE, "When the entry last changed (eq, ge, gt, le, lt)")
                .resource(ResourceType.PractitionerRole, "A member of staff at their employer: profession and teams; the"
                        + " Practitioner's id", TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE)
                .search("_id", SearchParamType.TOKEN, "The user id")
                .search("practitioner", SearchParamType.REFERENCE, "Practitioner/<user id>")
                .search("organization", SearchParamType.REFERENCE, "Organization/<ODS code>")
                .search("_lastUpdated", SearchParamType.DATE, "When the entry last changed (eq, ge, gt, le, lt)")
                .build();
        statement.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals(ResourceType.Patient.name()))
                .findFirst()
                .ifPresent(patient -> patient.addOperation().setName("everything")
                        .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything"));
        return statement;
    }
}
