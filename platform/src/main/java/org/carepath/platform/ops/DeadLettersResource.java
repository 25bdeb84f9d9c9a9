package org.carepath.platform.ops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** This service's dead letters: list, inspect, replay to the consumer that failed, or discard with a reason. */
@Path("/ops/dead-letters")
@Tag(name = "Ops")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPS, Roles.ADMIN })
public class DeadLettersResource {

    /** Why a dead letter is set aside for good: kept with it and in the audit. */
    public record DiscardRequest(@NotBlank @Size(max = Limits.SHORT_TEXT) String reason) {
    }

    private final DeadLetters deadLetters;
    private final CurrentActor actor;

    public DeadLettersResource(DeadLetters deadLetters, CurrentActor actor) {
        this.deadLetters = deadLetters;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "Every dead letter of this service's consumer groups, by topic, partition and offset: origin, "
            + "consumer, attempts, reason, state (open, replayed, discarded)")
    public Uni<Page<DeadLetterView>> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return deadLetters.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead letter; its payload only for admin, and that read audited")
    public Uni<DeadLetterView> inspect(@RestPath @Size(max = Limits.LABEL) String id) {
        CareActor caller = actor.get();
        return deadLetters.inspect(id, caller, EventStreamsResource.mayReadPayloads(caller));
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Put the record back on its original topic (same key, value and event id) for the consumer "
            + "that failed, which applies it once; others skip it. Idempotent: a second replay answers the same; "
            + "409 once discarded")
    public Uni<DeadLetterView> replay(@RestPath @Size(max = Limits.LABEL) String id) {
        return deadLetters.replay(id, actor.get());
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the dead letter aside for good with a reason. Idempotent: a second discard answers the same; "
            + "409 once replayed")
    public Uni<DeadLetterView> discard(@RestPath @Size(max = Limits.LABEL) String id,
            @Valid @NotNull DiscardRequest request) {
        return deadLetters.discard(id, request.reason(), actor.get());
    }
}
