package org.carepath.identity.fhir;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.identity.access.AccessRecord;
import org.carepath.identity.access.AuditQueries;
import org.carepath.identity.access.Window;
import org.carepath.identity.api.Callers;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * The access audit as AuditEvents, to the readers of the REST audit under its rules: a person's reads to managers,
 * admins and Caldicott guardians of an organisation involved with them (audited, a refusal too), a member of staff's
 * reads to those of the organisation they made them for.
 */
@Path("/fhir/AuditEvent")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CALDICOTT_GUARDIAN })
public class AuditEventResource {

    private static final Set<String> PERSON = Set.of("patient:identifier", "entity:identifier");
    private static final Set<String> SEARCH = Set.of("_id", "patient", "patient:identifier", "entity:identifier", "agent",
            "date", "_lastUpdated");

    private final AuditQueries audit;
    private final Callers callers;

    public AuditEventResource(AuditQueries audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<AuditEvent>> read(@RestPath String id) {
        UUID readId = FhirRequests.uuid(id, "id");
        return callers.current()
                .chain(caller -> audit.entry(readId, caller))
                .onFailure().transform(FhirRequests::hidden)
                .chain(this::withGrant)
                .map(FhirResponses::ok);
    }

    /** Per person ({@code patient}) or per member of staff ({@code agent}), newest first, as the REST audit lists. */
    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        Window window = FhirRequests.window(parameters, "date", "_lastUpdated");
        String nhsNumber = FhirRequests.person(parameters, PERSON);
        String agent = FhirSearch.single(parameters, "agent");
        String userId = agent == null ? null : FhirRequests.userId(FhirSearch.reference(agent, "agent", "Practitioner"), "agent");
        String id = FhirSearch.single(parameters, "_id");
        if (id != null) {
            UUID readId = FhirRequests.uuid(id, "_id");
            return callers.current()
                    .chain(caller -> audit.entry(readId, caller))
                    .onFailure(FhirRequests::isRefusal).recoverWithNull()
                    .map(read -> read != null && matches(read, nhsNumber, userId, window) ? read : null)
                    .chain(read -> read == null ? Uni.createFrom().item(Searchset.none(paging, uri))
                            : withGrant(read).map(event -> Searchset.ofOne(event, found -> found, uri)));
        }
        if ((nhsNumber == null) == (userId == null)) {
            throw InvalidInput.field("patient", "or agent is needed, not both: the audit is read per person or per member"
                    + " of staff");
        }
        return callers.current()
                .chain(caller -> reads(caller, nhsNumber, userId, window, paging))
                .chain(found -> audit.grantsUnder(found.items())
                        .map(grants -> Searchset.of(found, read -> AuditAsFhir.auditEvent(read, grants.get(read.id())), uri)))
                .onFailure(FhirRequests::isRefusal).recoverWithItem(() -> Searchset.none(paging, uri));
    }

    private Uni<Page<AccessRecord>> reads(CareActor caller, String nhsNumber, String userId, Window window,
            FhirSearch.Paging paging) {
        return nhsNumber != null
                ? audit.ofPerson(nhsNumber, caller, window, paging.page(), paging.count())
                : audit.ofUser(userId, caller, window, paging.page(), paging.count());
    }

    private Uni<AuditEvent> withGrant(AccessRecord read) {
        return audit.grantsUnder(List.of(read))
                .map(grants -> AuditAsFhir.auditEvent(read, grants.get(read.id())));
    }

    private static boolean matches(AccessRecord read, String nhsNumber, String userId, Window window) {
        return (nhsNumber == null || nhsNumber.equals(read.nhsNumber())) && (userId == null || userId.equals(read.userId()))
                && window.contains(read.accessedAt());
    }
}
