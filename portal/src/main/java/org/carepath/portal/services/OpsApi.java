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

import io.smallrye.mutiny.Uni;

/** Each service's ops API (platform's, the same on every service) and its metrics, for role {@code ops}. */
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
public interface OpsApi {

    @GET
    @Path("/ops/consumer-groups")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<List<GroupLag>> consumerGroups();

    @GET
    @Path("/ops/dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<DeadLetters> deadLetters(@QueryParam("page") int page, @QueryParam("size") int size);

    /** Back to the consumer that failed, which applies it once. */
    @POST
    @Path("/ops/dead-letters/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<DeadLetter> replay(@PathParam("id") String id);

    /** Set aside for good, with the reason. */
    @POST
    @Path("/ops/dead-letters/{id}/discard")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<DeadLetter> discard(@PathParam("id") String id, Discard discard);

    /** Prometheus' text format: the outbox backlog is read from it. */
    @GET
    @Path("/q/metrics")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<String> metrics();

    record GroupLag(String group, String state, int members, long lag) {
    }

    record Discard(String reason) {
    }

    record DeadLetters(List<DeadLetter> items, long total) {
    }

    record DeadLetter(String id, String topic, String eventType, String consumerGroup, Integer attempts, String reason,
            Instant parkedAt, String state) {
    }
}
