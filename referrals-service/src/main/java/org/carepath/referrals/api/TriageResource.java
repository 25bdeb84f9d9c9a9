package org.carepath.referrals.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.api.ReferralViews.ReferralSummary;
import org.carepath.referrals.referral.ReferralService;
import org.carepath.referrals.referral.ReferralStatus;
import org.carepath.referrals.triage.Priority;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@AuditedReads("triage-worklist")
@Path("/triage/worklist")
@Tag(name = "Triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private static final Set<ReferralStatus> AWAITING_RESPONSE = EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);

    private final ReferralService referrals;
    private final CurrentActor actor;

    public TriageResource(ReferralService referrals, CurrentActor actor) {
        this.referrals = referrals;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.TRIAGER)
    @Operation(summary = "Referrals to the caller's teams, ungraded first, then by risk grade, priority and time left",
            description = "By default the referrals still waiting for an answer (requested, received).")
    public Uni<Page<ReferralSummary>> worklist(@RestQuery List<ReferralStatus> status, @RestQuery Priority priority,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        Set<ReferralStatus> statuses = status == null || status.isEmpty() ? AWAITING_RESPONSE : EnumSet.copyOf(status);
        return referrals.worklist(actor.get(), statuses, priority, page, size)
                .map(found -> found.map(ReferralSummary::of));
    }
}
