package org.carepath.identity.api;

import java.time.Instant;
import java.util.UUID;

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

import org.carepath.identity.access.AccessRecord;
import org.carepath.identity.access.AuditQueries;
import org.carepath.identity.access.BreakGlass;
import org.carepath.identity.access.BreakGlassGrant;
import org.carepath.platform.api.Page;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** Break-glass access and the access audit. The audit has no endpoint that changes or deletes it. */
@Path("/")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {

    private final BreakGlass breakGlass;
    private final AuditQueries audit;
    private final Callers callers;

    public AccessResource(BreakGlass breakGlass, AuditQueries audit, Callers callers) {
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.callers = callers;
    }

    public record Emergency(@NotBlank @Size(max = 1000) String reason) {
    }

    public record GrantView(UUID id, String nhsNumber, String role, String reason, Instant grantedAt, Instant expiresAt) {

        static GrantView of(BreakGlassGrant grant) {
            return new GrantView(grant.id(), grant.nhsNumber(), grant.role(), grant.reason(), grant.grantedAt(),
                    grant.expiresAt());
        }
    }

    public record AuditView(String nhsNumber, String userId, String userName, String organisation, Instant accessedAt,
            String what, String basis, String breakGlassReason) {

        static AuditView of(AccessRecord record) {
            return new AuditView(record.nhsNumber(), record.userId(), record.userName(), record.organisation(),
                    record.accessedAt(), record.what(), record.basis(), record.breakGlassReason());
        }
    }

    @POST
    @Path("persons/{nhsNumber}/break-glass")
    @Operation(summary = "Emergency access to a person's record without a relationship: role-limited, reason required,"
            + " time-limited; emits identity.break-glass-used")
    public Uni<RestResponse<GrantView>> breakGlass(@RestPath @NhsNumber String nhsNumber, @NotNull @Valid Emergency request) {
        return callers.current()
                .chain(caller -> breakGlass.open(nhsNumber, request.reason(), caller))
                .map(grant -> RestResponse.status(RestResponse.Status.CREATED, GrantView.of(grant)));
    }

    @GET
    @Path("audit/persons/{nhsNumber}")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Every read of the person's record, newest first; to managers and admins of an organisation involved with them")
    public Uni<Page<AuditView>> ofPerson(@RestPath @NhsNumber String nhsNumber,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> audit.ofPerson(nhsNumber, caller, page, size))
                .map(found -> found.map(AuditView::of));
    }

    @GET
    @Path("audit/users/{userId}")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Every read made by a member of the caller's own organisation's staff, newest first")
    public Uni<Page<AuditView>> ofUser(@RestPath String userId,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> audit.ofUser(userId, caller, page, size))
                .map(found -> found.map(AuditView::of));
    }
}
