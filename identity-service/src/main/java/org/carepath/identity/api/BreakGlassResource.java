package org.carepath.identity.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.access.BreakGlass;
import org.carepath.identity.access.BreakGlassGrant;
import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** Emergency access to a person's record without a legitimate relationship. */
@Path("/persons/{nhsNumber}/break-glass")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    private final BreakGlass breakGlass;
    private final Callers callers;

    public BreakGlassResource(BreakGlass breakGlass, Callers callers) {
        this.breakGlass = breakGlass;
        this.callers = callers;
    }

    public record Emergency(@NotBlank @Size(max = Limits.SHORT_TEXT) String reason) {
    }

    public record GrantView(UUID id, String nhsNumber, String role, String reason, Instant grantedAt, Instant expiresAt) {

        static GrantView of(BreakGlassGrant grant) {
            return new GrantView(grant.id(), grant.nhsNumber(), grant.role(), grant.reason(), grant.grantedAt(),
                    grant.expiresAt());
        }
    }

    @POST
    @Operation(summary = "Emergency access to a person's record without a relationship: role-limited, reason required,"
            + " time-limited; emits identity.break-glass-used")
    public Uni<RestResponse<GrantView>> breakGlass(@RestPath @NhsNumber String nhsNumber, @NotNull @Valid Emergency request) {
        return callers.current()
                .chain(caller -> breakGlass.open(nhsNumber, request.reason(), caller))
                .map(grant -> RestResponse.status(RestResponse.Status.CREATED, GrantView.of(grant)));
    }
}
