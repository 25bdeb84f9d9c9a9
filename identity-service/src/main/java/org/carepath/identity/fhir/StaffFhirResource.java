package org.carepath.identity.fhir;

import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.identity.access.Window;
import org.carepath.identity.api.Callers;
import org.carepath.identity.directory.StaffDirectory;
import org.carepath.identity.directory.StaffMember;
import org.carepath.platform.api.Limits;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * The staff directory as Practitioner and PractitionerRole, read by all staff as on REST. It holds everyone who has
 * called a CarePath service or acted in an event: there is no other staff register here.
 */
@Path("/fhir")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class StaffFhirResource {

    private static final Set<String> PRACTITIONER_SEARCH = Set.of("_id", "_lastUpdated");
    private static final Set<String> ROLE_SEARCH = Set.of("_id", "practitioner", "organization", "_lastUpdated");

    private final StaffDirectory directory;
    private final Callers callers;

    public StaffFhirResource(StaffDirectory directory, Callers callers) {
        this.directory = directory;
        this.callers = callers;
    }

    @GET
    @Path("/Practitioner/{id}")
    public Uni<RestResponse<Practitioner>> practitioner(@RestPath String id) {
        String userId = FhirRequests.userId(id, "id");
        return callers.current()
                .chain(caller -> directory.find(userId))
                .map(member -> FhirResponses.ok(StaffAsFhir.practitioner(member)));
    }

    /** Everyone in the directory by name, or the one {@code _id} names. */
    @GET
    @Path("/Practitioner")
    public Uni<Bundle> practitioners(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, PRACTITIONER_SEARCH);
        String id = FhirSearch.single(parameters, "_id");
        return search(parameters, id, null, StaffAsFhir::practitioner, uri);
    }

    /** The same id as the Practitioner: one role per member of staff, at their employer. */
    @GET
    @Path("/PractitionerRole/{id}")
    public Uni<RestResponse<PractitionerRole>> role(@RestPath String id) {
        String userId = FhirRequests.userId(id, "id");
        return callers.current()
                .chain(caller -> directory.find(userId))
                .map(member -> FhirResponses.ok(StaffAsFhir.practitionerRole(member)));
    }

    /** The staff of an organisation ({@code organization}), or a member of staff's role ({@code practitioner}, {@code _id}). */
    @GET
    @Path("/PractitionerRole")
    public Uni<Bundle> roles(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, ROLE_SEARCH);
        String id = FhirSearch.single(parameters, "_id");
        String practitioner = FhirSearch.single(parameters, "practitioner");
        if (id != null && practitioner != null) {
            throw InvalidInput.field("practitioner", "names the same role as _id here: give one of them");
        }
        String one = practitioner == null ? id : FhirSearch.reference(practitioner, "practitioner", "Practitioner");
        String organization = FhirSearch.single(parameters, "organization");
        String odsCode = organization == null ? null : FhirSearch.reference(organization, "organization", "Organization");
        if (odsCode != null && odsCode.length() > Limits.ODS_CODE) {
            throw InvalidInput.field("organization", "must reference an organisation by ODS code (Organization/<ODS code>)");
        }
        return search(parameters, one, odsCode, StaffAsFhir::practitionerRole, uri);
    }

    private Uni<Bundle> search(MultivaluedMap<String, String> parameters, String id, String odsCode,
            Function<StaffMember, ? extends Resource> toResource, UriInfo uri) {
        var paging = FhirSearch.paging(parameters);
        Window updated = FhirRequests.window(parameters, "_lastUpdated");
        if (id != null) {
            String userId = FhirRequests.userId(id, "_id");
            return callers.current()
                    .chain(caller -> directory.find(userId))
                    .onFailure(NotVisible.class).recoverWithNull()
                    .map(member -> member != null && updated.contains(member.updatedAt())
                            && (odsCode == null || odsCode.equals(member.organisation())) ? member : null)
                    .map(found -> Searchset.ofOne(found, toResource, uri));
        }
        return callers.current()
                .chain(caller -> directory.list(odsCode, updated.from(), updated.before(), paging.page(), paging.count()))
                .map(found -> Searchset.of(found, toResource, uri));
    }
}
