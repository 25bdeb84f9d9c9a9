package org.carepath.referrals.fhir;

import java.time.Clock;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.fhir.Systems;
import org.carepath.platform.time.CareDay;
import org.carepath.referrals.directory.CareServiceRepository;
import org.carepath.referrals.directory.DirectoryService;
import org.carepath.referrals.fhir.ServiceRequestResource.Ids;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** The service directory as HealthcareService and Organization, read by every signed-in user as on REST. */
@Path("/fhir")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class DirectoryFhirResource {

    private static final Set<String> SERVICE_SEARCH = Set.of("name", "organization", "active");
    private static final Set<String> ORGANIZATION_SEARCH = Set.of("identifier");

    private final DirectoryService directory;
    private final Clock clock;

    public DirectoryFhirResource(DirectoryService directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GET
    @Path("/HealthcareService/{id}")
    public Uni<RestResponse<HealthcareService>> service(@RestPath String id) {
        var serviceId = Ids.orNull(id);
        if (serviceId == null) {
            throw new NotVisible("no HealthcareService " + id);
        }
        return directory.service(serviceId)
                .map(service -> FhirResponses.ok(ReferralsAsFhir.healthcareService(service, CareDay.today(clock))));
    }

    /** Retired services too, unless {@code active=true}; a name matches anywhere in it, ignoring case. */
    @GET
    @Path("/HealthcareService")
    public Uni<Bundle> services(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SERVICE_SEARCH);
        var paging = FhirSearch.paging(parameters);
        String organization = FhirSearch.single(parameters, "organization");
        String active = FhirSearch.single(parameters, "active");
        if (active != null && !active.equals("true")) {
            throw InvalidInput.field("active", "takes true only (open services); leave it out for all");
        }
        var search = new CareServiceRepository.Search(FhirSearch.single(parameters, "name"), null, null,
                organization == null ? null : FhirSearch.reference(organization, "organization", "Organization"),
                active == null);
        return directory.search(search, paging.page(), paging.count())
                .map(found -> Searchset.of(found, service -> ReferralsAsFhir.healthcareService(service, CareDay.today(clock)), uri));
    }

    @GET
    @Path("/Organization/{odsCode}")
    public Uni<RestResponse<Organization>> organization(@RestPath String odsCode) {
        return directory.organisation(odsCode).map(organisation -> FhirResponses.ok(ReferralsAsFhir.organization(organisation)));
    }

    /** All organisations by name, or the one an ODS code identifies. */
    @GET
    @Path("/Organization")
    public Uni<Bundle> organizations(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, ORGANIZATION_SEARCH);
        var paging = FhirSearch.paging(parameters);
        String identifier = FhirSearch.single(parameters, "identifier");
        if (identifier != null) {
            String odsCode = FhirSearch.token(identifier, "identifier", Systems.ODS_CODE);
            return directory.organisation(odsCode)
                    .onFailure(NotVisible.class).recoverWithNull()
                    .map(found -> Searchset.ofOne(found, ReferralsAsFhir::organization, uri));
        }
        return directory.organisations(null, paging.page(), paging.count())
                .map(found -> Searchset.of(found, ReferralsAsFhir::organization, uri));
    }
}
