package org.carepath.identity.fhir;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.identity.api.Callers;
import org.carepath.identity.journey.JourneyFilter;
import org.carepath.identity.journey.JourneyReader;
import org.carepath.identity.journey.JourneyView;
import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.identity.records.PersonRecords;
import org.carepath.identity.records.PersonRecords.PersonRecord;
import org.carepath.platform.api.Limits;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.fhir.Systems;
import org.carepath.platform.security.CareActor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * The person index as FHIR Patients, read by all staff and audited as on REST; and the person's
 * journey as {@code Patient/{id}/$everything}, through the REST journey read itself (same access,
 * objections and audit), a refusal told as not found.
 */
@Path("/fhir/Patient")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class PatientResource {

    private static final Set<String> SEARCH = Set.of("_id", "identifier", "_lastUpdated");
    private static final Set<String> EVERYTHING = Set.of("start", "end");

    private final PersonRecords records;
    private final JourneyReader journey;
    private final Callers callers;

    public PatientResource(PersonRecords records, JourneyReader journey, Callers callers) {
        this.records = records;
        this.journey = journey;
        this.callers = callers;
    }

    /** A retired NHS number reads as the inactive record that points at the survivor. */
    @GET
    @Path("/{id}")
    public Uni<RestResponse<Patient>> read(@RestPath String id) {
        String nhsNumber = FhirRequests.nhsNumber(id, "id");
        return callers.current()
                .chain(caller -> records.find(nhsNumber, caller))
                .map(record -> FhirResponses.ok(PersonsAsFhir.patient(record)));
    }

    /**
     * One person at a time, by NHS number or local identifier, as on REST: the index has no search by name or
     * birth date, so this has none either.
     */
    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        FhirSearch.paging(parameters); // checked as on any search, though one person fills the one page
        var updated = FhirRequests.window(parameters, "_lastUpdated");
        String id = FhirSearch.single(parameters, "_id");
        String identifier = FhirSearch.single(parameters, "identifier");
        if (id == null && identifier == null) {
            throw InvalidInput.field("identifier", "or _id is needed: the person index is searched for one person at a time");
        }
        String nhsNumber = id == null ? null : FhirRequests.nhsNumber(id, "_id");
        return callers.current()
                .chain(caller -> identifier == null ? records.find(nhsNumber, caller) : byIdentifier(identifier, caller))
                .map(PersonsAsFhir::patient)
                .onFailure(FhirRequests::isRefusal).recoverWithNull()
                .map(patient -> patient != null
                        && (nhsNumber == null || nhsNumber.equals(patient.getIdElement().getIdPart()))
                        && updated.contains(patient.getMeta().getLastUpdated().toInstant()) ? patient : null)
                .map(found -> Searchset.ofOne(found, patient -> patient, uri));
    }

    /**
     * What the journey holds that the caller may see, one page of it: the entries (Basic) oldest first as the
     * journey orders them and, on the first page, who is involved (CareTeam). The person's demographics are
     * not in it: they are another read, {@code Patient/{id}}, audited as such.
     */
    @GET
    @Path("/{id}/{operation}")
    public Uni<Bundle> everything(@RestPath String id, @RestPath String operation, @Context UriInfo uri) {
        // matched on the decoded segment: clients send $everything as it is or as %24everything
        if (!operation.equals("$everything")) {
            throw new NotVisible("no operation " + operation + " on Patient; $everything is served");
        }
        String nhsNumber = FhirRequests.nhsNumber(id, "id");
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, EVERYTHING);
        var paging = FhirSearch.paging(parameters);
        var filter = new JourneyFilter(FhirSearch.period(parameters, "start").from(),
                FhirSearch.period(parameters, "end").before(), null, List.of());
        return callers.current()
                .chain(caller -> journey.journeyOf(nhsNumber, filter, caller, paging.page(), paging.count()))
                .onFailure().transform(FhirRequests::hidden)
                .map(view -> journeyBundle(view, uri));
    }

    private Uni<PersonRecord> byIdentifier(String identifier, CareActor caller) {
        int bar = identifier.indexOf('|');
        String system = bar < 0 ? "" : identifier.substring(0, bar);
        if (system.equals(Systems.NHS_NUMBER)) {
            return records.find(FhirRequests.nhsNumber(identifier.substring(bar + 1), "identifier"), caller);
        }
        return records.lookup(local(system, identifier.substring(bar + 1)), caller);
    }

    /** {@code urn:carepath:fhir:identifier:<kind>:<ODS code>|<value>}, the system a local identifier is written with. */
    private static LocalIdentifier local(String system, String value) {
        String[] parts = system.startsWith(PersonsAsFhir.IDENTIFIER)
                ? system.substring(PersonsAsFhir.IDENTIFIER.length()).split(":")
                : new String[0];
        if (parts.length != 2 || !parts[0].matches(PersonIdentifier.KINDS) || parts[1].isEmpty()
                || parts[1].length() > Limits.ODS_CODE || value.isEmpty() || value.length() > Limits.IDENTIFIER) {
            throw InvalidInput.field("identifier", "must be " + Systems.NHS_NUMBER + "|<NHS number> or "
                    + PersonsAsFhir.IDENTIFIER + "<" + PersonIdentifier.KINDS + ">:<ODS code>|<value>");
        }
        return new LocalIdentifier(parts[0], value, parts[1]);
    }

    private static Bundle journeyBundle(JourneyView view, UriInfo uri) {
        Bundle bundle = Searchset.of(view.entries(),
                entry -> PersonsAsFhir.journeyEntry(entry, view.sectors(), view.nhsNumber()), uri);
        // neither is served on its own, so each is named by its id alone
        for (BundleEntryComponent entry : bundle.getEntry()) {
            entry.setFullUrl("urn:uuid:" + entry.getResource().getIdElement().getIdPart());
        }
        if (view.entries().page() == 0) {
            var involvement = PersonsAsFhir.involvement(view.involvement(), view.nhsNumber());
            bundle.addEntry().setFullUrl("urn:uuid:" + involvement.getIdElement().getIdPart()).setResource(involvement)
                    .getSearch().setMode(SearchEntryMode.INCLUDE);
        }
        return bundle;
    }
}
