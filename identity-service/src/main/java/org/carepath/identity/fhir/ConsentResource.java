package org.carepath.identity.fhir;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.identity.access.AuditQueries;
import org.carepath.identity.access.BreakGlassGrant;
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
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.parser.DataFormatException;
import io.smallrye.mutiny.Uni;

/**
 * Break-glass grants as the Consents that overrode a person's privacy: part of the access audit (each read under one
 * is an AuditEvent naming it), so read by the audit's readers under the audit's rules and audited alike.
 */
@Path("/fhir/Consent")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CALDICOTT_GUARDIAN })
public class ConsentResource {

    private static final Set<String> PERSON = Set.of("patient:identifier");
    private static final Set<String> SEARCH = Set.of("_id", "patient", "patient:identifier", "actor", "status", "date",
            "_lastUpdated");

    private final AuditQueries audit;
    private final Callers callers;
    private final Clock clock;

    public ConsentResource(AuditQueries audit, Callers callers, Clock clock) {
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<Consent>> read(@RestPath String id) {
        UUID grantId = FhirRequests.uuid(id, "id");
        return callers.current()
                .chain(caller -> audit.grant(grantId, caller))
                .onFailure().transform(FhirRequests::hidden)
                .map(grant -> FhirResponses.ok(AuditAsFhir.consent(grant, clock.instant())));
    }

    /** Per person ({@code patient}) or per member of staff ({@code actor}), newest first. */
    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        Window window = FhirRequests.window(parameters, "date", "_lastUpdated");
        String nhsNumber = FhirRequests.person(parameters, PERSON);
        String actor = FhirSearch.single(parameters, "actor");
        String userId = actor == null ? null : FhirRequests.userId(FhirSearch.reference(actor, "actor", "Practitioner"), "actor");
        String status = FhirSearch.single(parameters, "status");
        ConsentState state = status == null ? null : state(status);
        if (state != null && state != ConsentState.ACTIVE && state != ConsentState.INACTIVE) {
            return Uni.createFrom().item(Searchset.none(paging, uri));
        }
        Boolean unexpired = state == null ? null : state == ConsentState.ACTIVE;
        String id = FhirSearch.single(parameters, "_id");
        if (id != null) {
            UUID grantId = FhirRequests.uuid(id, "_id");
            return callers.current()
                    .chain(caller -> audit.grant(grantId, caller))
                    .onFailure(FhirRequests::isRefusal).recoverWithNull()
                    .map(grant -> grant != null && matches(grant, nhsNumber, userId, window)
                            ? AuditAsFhir.consent(grant, clock.instant())
                            : null)
                    .map(consent -> consent != null && (state == null || consent.getStatus() == state) ? consent : null)
                    .map(found -> Searchset.ofOne(found, consent -> consent, uri));
        }
        if ((nhsNumber == null) == (userId == null)) {
            throw InvalidInput.field("patient", "or actor is needed, not both: break-glass grants are read per person or per"
                    + " member of staff, as the access audit is");
        }
        return callers.current()
                .chain(caller -> grants(caller, nhsNumber, userId, window, unexpired, paging))
                .map(found -> Searchset.of(found, grant -> AuditAsFhir.consent(grant, clock.instant()), uri))
                .onFailure(FhirRequests::isRefusal).recoverWithItem(() -> Searchset.none(paging, uri));
    }

    private Uni<Page<BreakGlassGrant>> grants(CareActor caller, String nhsNumber, String userId, Window window,
            Boolean unexpired, FhirSearch.Paging paging) {
        return nhsNumber != null
                ? audit.grantsFor(nhsNumber, caller, window, unexpired, paging.page(), paging.count())
                : audit.grantsTo(userId, caller, window, unexpired, paging.page(), paging.count());
    }

    private static ConsentState state(String code) {
        try {
            return ConsentState.fromCode(code);
        } catch (FHIRException | DataFormatException unknown) {
            throw InvalidInput.field("status", "'" + code + "' is not a Consent status");
        }
    }

    private static boolean matches(BreakGlassGrant grant, String nhsNumber, String userId, Window window) {
        return (nhsNumber == null || nhsNumber.equals(grant.nhsNumber())) && (userId == null || userId.equals(grant.userId()))
                && window.contains(grant.grantedAt());
    }
}
