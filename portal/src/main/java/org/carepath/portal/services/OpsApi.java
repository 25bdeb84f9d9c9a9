package org.carepath.portal.services;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

    /** Prometheus' text format: the outbox backlog is read from it. */
    @GET
    @Path("/q/metrics")
    @Produces(MediaType.TEXT_PLAIN)
    Uni<String> metrics();

    record GroupLag(String group, String state, int members, long lag) {
    }

    record DeadLetters(List<DeadLetter> items, long total) {
    }

    record DeadLetter(String id, String topic, String eventType, String consumerGroup, Integer attempts, String reason,
            Instant parkedAt, String state) {
    }
}
