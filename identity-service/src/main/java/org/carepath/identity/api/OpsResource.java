package org.carepath.identity.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.identity.rebuild.ProjectionRebuild;
import org.carepath.identity.rebuild.RebuildStatus;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projection rebuild as a background job: start it, follow it, accept its failures or abandon it. */
@Path(OpsResource.REBUILD)
@Tag(name = "Ops")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPS, Roles.ADMIN })
public class OpsResource {

    static final String REBUILD = "/ops/projections/rebuild";

    private final ProjectionRebuild rebuild;
    private final CurrentActor actor;

    public OpsResource(ProjectionRebuild rebuild, CurrentActor actor) {
        this.rebuild = rebuild;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Start rebuilding the journey, relationships and sectors from every topic's earliest offset, "
            + "beside the live ones; 202 at once, 409 while a rebuild is running or awaiting a decision")
    public Response start() {
        return accepted(rebuild.start(actor.get().userId()));
    }

    @GET
    @Operation(summary = "The current or last rebuild: state, read, applied, failed, events per second, ETA, failures")
    public RebuildStatus status() {
        return rebuild.status();
    }

    @POST
    @Path("accept-failures")
    @Operation(summary = "Accept the listed failed records: the rebuild switches without them; 409 unless awaiting-decision")
    public RebuildStatus acceptFailures() {
        return rebuild.acceptFailures(actor.get().userId());
    }

    @DELETE
    @Operation(summary = "Abandon the running rebuild and drop what it built; the live projections are untouched")
    public Response abandon() {
        return accepted(rebuild.abandon(actor.get().userId()));
    }

    private static Response accepted(RebuildStatus status) {
        return Response.accepted(status).location(URI.create(REBUILD)).build();
    }
}
