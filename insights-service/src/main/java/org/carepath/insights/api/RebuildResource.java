package org.carepath.insights.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.insights.rebuild.InsightsRebuild;
import org.carepath.insights.rebuild.RebuildStatus;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** The facts rebuilt from the topics as a background job: start it, follow it. */
@Path(RebuildResource.REBUILD)
@Tag(name = "Ops")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPS, Roles.ADMIN })
public class RebuildResource {

    static final String REBUILD = "/ops/insights/rebuild";

    private final InsightsRebuild rebuild;
    private final CurrentActor actor;

    public RebuildResource(InsightsRebuild rebuild, CurrentActor actor) {
        this.rebuild = rebuild;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Start rebuilding the facts from every topic's earliest offset beside the live ones, switching"
            + " when done; 202 at once, 409 while a rebuild runs")
    public Uni<Response> start() {
        return rebuild.start(actor.get().userId())
                .map(status -> Response.accepted(status).location(URI.create(REBUILD)).build());
    }

    @GET
    @Operation(summary = "The current or last rebuild: state, records to read, read, applied, failed (each listed)")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
