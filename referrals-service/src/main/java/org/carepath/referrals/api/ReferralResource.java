package org.carepath.referrals.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.referral.ReferralService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final CurrentActor actor;

    public ReferralResource(ReferralService referrals, CurrentActor actor) {
        this.referrals = referrals;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({ Roles.REFERRER, Roles.INTEGRATION })
    @Operation(summary = "Submit a referral from the caller's organisation; emits referral.submitted")
    public Uni<RestResponse<ReferralResponse>> submit(@NotNull @Valid SubmitReferralRequest request) {
        return referrals.submit(request.nhsNumber(), request.targetOrganisation(), request.reason(), actor.get())
                .map(ReferralResponse::of)
                .map(created -> RestResponse.ResponseBuilder.<ReferralResponse>created(URI.create("/referrals/" + created.id())).entity(created).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A referral, to the referring or the receiving organisation only")
    public Uni<ReferralResponse> get(@RestPath UUID id) {
        return referrals.find(id, actor.get())
                .map(ReferralResponse::of);
    }
}
