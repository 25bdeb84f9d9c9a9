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
import org.carepath.identity.access.AuditQueries.SelfGranted;
import org.carepath.platform.api.Codes;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.api.QueryInstants;
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

    /** @param outcome permitted or refused (a refused read is on basis none) */
    public record AuditView(String nhsNumber, String userId, String userName, String organisation, Instant accessedAt,
            String what, String basis, String outcome, String breakGlassReason) {

        static AuditView of(AccessRecord record) {
            return new AuditView(record.nhsNumber(), record.userId(), record.userName(), record.organisation(),
                    record.accessedAt(), record.what(), record.basis(), record.outcome(), record.breakGlassReason());
        }
    }

    /**
     * A relationship a member of staff gave their organisation by their own act, with no relationship before.
     *
     * @param team        the team the relationship is for
     * @param originEvent the type of the event that created it
     * @param state       current, confirmed, expired or ended
     * @param reads       reads of the person's record made under it
     */
    public record SelfGrantedView(String nhsNumber, String userId, String name, String team, Instant at, String reason,
            String originEvent, String state, Instant lapsesAt, long reads) {

        static SelfGrantedView of(SelfGranted granted) {
            var act = granted.act();
            return new SelfGrantedView(act.nhsNumber(), act.userId(), act.name(), act.team(), act.at(), act.reason(),
                    act.originEventType(), Codes.of(act.state()), act.lapsesAt(), granted.reads());
        }
    }

    @GET
    @Path("/persons/{nhsNumber}")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CALDICOTT_GUARDIAN })
    @Operation(summary = "Every read of the person's record, permitted or refused, newest first; to managers, admins and"
            + " Caldicott guardians of an organisation involved with them; audited")
    public Uni<Page<AuditView>> ofPerson(@RestPath @NhsNumber String nhsNumber,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> audit.ofPerson(nhsNumber, caller, page, size))
                .map(found -> found.map(AuditView::of));
    }

    @GET
    @Path("/users/{userId}")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CALDICOTT_GUARDIAN })
    @Operation(summary = "Every read, permitted or refused, made by a member of the caller's own organisation's staff, newest first")
    public Uni<Page<AuditView>> ofUser(@RestPath @Size(max = Limits.USER_ID) String userId,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> audit.ofUser(userId, caller, page, size))
                .map(found -> found.map(AuditView::of));
    }

    @GET
    @Path("/self-granted-relationships")
    @RolesAllowed({ Roles.CALDICOTT_GUARDIAN, Roles.ADMIN })
    @Operation(summary = "The relationships the caller's organisation's staff gave themselves (a referral sent, a plan"
            + " started, with no relationship before) that started in [from, to): who, why, what became of them and how"
            + " many reads were made under them; newest first; at most 366 days, the last 30 by default")
    public Uni<Page<SelfGrantedView>> selfGranted(@RestQuery String from, @RestQuery String to,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        Instant until = QueryInstants.of("to", to);
        Instant since = QueryInstants.of("from", from);
        return callers.current()
                .chain(caller -> audit.selfGranted(caller, since, until, page, size))
                .map(found -> found.map(SelfGrantedView::of));
    }
}
