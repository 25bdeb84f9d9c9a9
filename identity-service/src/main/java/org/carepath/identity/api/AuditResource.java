package org.carepath.identity.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.access.AccessRecord;
import org.carepath.identity.access.AuditQueries;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** The access audit, to read only: there is no endpoint that changes or deletes it. */
@Path("/audit")
@Tag(name = "Access audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditQueries audit;
    private final Callers callers;

    public AuditResource(AuditQueries audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    public record AuditView(String nhsNumber, String userId, String userName, String organisation, Instant accessedAt,
            String what, String basis, String breakGlassReason) {

        static AuditView of(AccessRecord record) {
            return new AuditView(record.nhsNumber(), record.userId(), record.userName(), record.organisation(),
                    record.accessedAt(), record.what(), record.basis(), record.breakGlassReason());
        }
    }

    @GET
    @Path("/persons/{nhsNumber}")
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
    @Path("/users/{userId}")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Every read made by a member of the caller's own organisation's staff, newest first")
    public Uni<Page<AuditView>> ofUser(@RestPath @Size(max = Limits.USER_ID) String userId,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> audit.ofUser(userId, caller, page, size))
                .map(found -> found.map(AuditView::of));
    }
}
