package org.carepath.portal.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** The service directory (referrals-service): organisations' names and sectors, and the services one may refer to. */
@RegisterRestClient(configKey = "referrals")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    @GET
    @Path("/directory/organisations")
    Uni<Organisations> organisations(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/directory/services")
    Uni<Services> services(@QueryParam("name") String name, @QueryParam("sector") String sector,
            @QueryParam("area") String area, @QueryParam("includeRetired") boolean includeRetired, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/directory/services/{id}")
    Uni<Service> service(@PathParam("id") UUID id);

    record Organisations(List<Organisation> items, long total) {
    }

    record Services(List<Service> items, long total) {
    }

    /** @param retiredFrom set when the service closes (or closed); its successor is where referrals go instead */
    record Service(UUID id, String name, String description, String eligibility, String organisation, String team,
            String area, Map<String, String> responseTargets, LocalDate retiredFrom, UUID successorServiceId,
            String retirementReason) {
    }

    record Organisation(String odsCode, String name, String sector, String area) {
    }
}
