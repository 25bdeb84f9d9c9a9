package org.carepath.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.rebuild.ProjectionRebuild;
import org.carepath.identity.rebuild.ProjectionRebuild.Outcome;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

@Path("/ops/projections/rebuild")
@Tag(name = "Ops")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    private final ProjectionRebuild rebuild;

    public OpsResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed({ Roles.OPS, Roles.ADMIN })
    @Operation(summary = "Rebuild the journey, relationships and sectors from every topic's earliest offset; answers when done")
    public Uni<Outcome> rebuild() {
        return rebuild.rebuild();
    }
}
