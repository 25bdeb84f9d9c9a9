package org.carepath.portal.services;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** identity-service's REST API as the portal uses it, called with the signed-in user's token. */
@RegisterRestClient(configKey = "identity")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IdentityApi {

    @GET
    @Path("/persons/{nhsNumber}/journey")
    Uni<Journey> journey(@PathParam("nhsNumber") String nhsNumber, @QueryParam("sector") String sector,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/persons/{nhsNumber}/objections")
    Uni<List<Objection>> objections(@PathParam("nhsNumber") String nhsNumber);

    @POST
    @Path("/persons/{nhsNumber}/break-glass")
    Uni<Grant> breakGlass(@PathParam("nhsNumber") String nhsNumber, Emergency emergency);

    record Journey(String nhsNumber, String basis, List<Entry> entries, Involvement involvement, int page, int size,
            long total) {
    }

    record Entry(String type, Instant occurredAt, Instant recordedAt, String organisation, String team, String sector,
            String actor, String summary) {
    }

    record Involvement(Involved careCoordinator, List<Involved> activeServices, List<Involved> involved) {
    }

    record Involved(String organisation, String team, String sector, String basis, String description,
            String practitioner, Instant since, Instant until) {
    }

    record Objection(String scope, String target, Instant recordedAt, Instant withdrawnAt) {
    }

    record Emergency(String reason) {
    }

    record Grant(String reason, Instant grantedAt, Instant expiresAt) {
    }
}
