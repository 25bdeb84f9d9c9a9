package org.carepath.portal.services;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** The service directory (referrals-service), for organisations' names and sectors. */
@RegisterRestClient(configKey = "referrals")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    @GET
    @Path("/directory/organisations")
    Uni<Organisations> organisations(@QueryParam("page") int page, @QueryParam("size") int size);

    record Organisations(List<Organisation> items, long total) {
    }

    record Organisation(String odsCode, String name, String sector, String area) {
    }
}
