package org.carepath.referrals.api;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.api.ReferralRequests.Note;
import org.carepath.referrals.api.ReferralRequests.Reason;
import org.carepath.referrals.api.ReferralRequests.Redirect;
import org.carepath.referrals.api.ReferralRequests.Submit;
import org.carepath.referrals.api.ReferralRequests.Triage;
import org.carepath.referrals.api.ReferralViews.NoteView;
import org.carepath.referrals.api.ReferralViews.ReferralSummary;
import org.carepath.referrals.api.ReferralViews.ReferralView;
import org.carepath.referrals.referral.Referral;
import org.carepath.referrals.referral.ReferralAction;
import org.carepath.referrals.referral.ReferralService;
import org.carepath.referrals.referral.ReferralStatus;
import org.carepath.referrals.referral.Submissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@AuditedReads("referral")
@Path("/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final Submissions submissions;
    private final CurrentActor actor;

    public ReferralResource(ReferralService referrals, Submissions submissions, CurrentActor actor) {
        this.referrals = referrals;
        this.submissions = submissions;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({ Roles.REFERRER, Roles.INTEGRATION })
    @Operation(summary = "Submit a referral from the caller's organisation to a directory service; emits referral.submitted",
            description = "409 if the person has an open referral to the service that the caller's organisation is party to"
                    + " (unless duplicateReason says why another is needed); one from another organisation is not told to the caller,"
                    + " the new referral carries possibleDuplicateOf for the receiving side only; 422 if the service has retired (the problem names its successor) or does not take the priority.")
    public Uni<RestResponse<ReferralView>> submit(
            @Parameter(description = "Makes a retried POST return the first referral instead of creating a second")
            @RestHeader("Idempotency-Key") @Size(max = Limits.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid Submit request) {
        CareActor referrer = actor.get();
        // the fingerprint tells a retry from a reused key: without a key there is nothing to tell apart
        return referrals.submit(request.content(), request.serviceId(), referrer, idempotencyKey,
                        idempotencyKey == null ? null : submissions.fingerprint(request))
                .map(submitted -> RestResponse.ResponseBuilder
                        .<ReferralView>create(submitted.replayed() ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                        .location(URI.create("/referrals/" + submitted.referral().id()))
                        .header(HttpHeaders.ETAG, IfMatch.etag(submitted.referral().version()))
                        .entity(ReferralView.of(submitted.referral(), null, referrer))
                        .build());
    }

    @GET
    @Operation(summary = "Referrals the caller's organisation sent or received, newest first")
    public Uni<Page<ReferralSummary>> list(@RestQuery ReferralStatus status,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        return referrals.involving(actor.get(), status, page, size)
                .map(found -> found.map(ReferralSummary::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A referral with its history, to the referring or the receiving organisation only (404 to anyone else)")
    public Uni<RestResponse<ReferralView>> get(@RestPath UUID id) {
        CareActor reader = actor.get();
        return referrals.find(id, reader)
                .map(detail -> withVersion(ReferralView.of(detail.referral(), detail.history(), reader), detail.referral()));
    }

    @POST
    @Path("/{id}/{action: receive|accept|reject|cancel|start|hold|resume|complete}")
    @Operation(summary = "Move the referral on: receive, accept, reject, start, hold, resume or complete (receiving side);"
            + " cancel (referring side). Needs If-Match; a reason to reject, cancel or hold.")
    public Uni<RestResponse<ReferralView>> act(@RestPath UUID id, @RestPath String action,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid Reason body) {
        CareActor caller = actor.get();
        return referrals.act(id, ReferralAction.valueOf(action.toUpperCase(Locale.ROOT)),
                        body == null ? null : body.reason(), caller, ifMatch)
                .map(referral -> withVersion(ReferralView.of(referral, null, caller), referral));
    }

    @POST
    @Path("/{id}/redirect")
    @Operation(summary = "Pass the referral to another service (receiving side, triager): creates the onward referral, linked both ways",
            description = "The onward referral passes the duplicate guard of a submit, the redirecting organisation being its referrer:"
                    + " 409 duplicate-referral if that organisation can already see an open referral of the person to the service"
                    + " (unless duplicateReason says why another is needed); one it cannot see is never told to it, the onward"
                    + " referral carries possibleDuplicateOf for the receiving side only. The original referrer reads the onward referral.")
    public Uni<RestResponse<ReferralView>> redirect(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Redirect body) {
        CareActor triager = actor.get();
        return referrals.redirect(id, body.serviceId(), body.reason(), body.duplicateReason(), triager, ifMatch)
                .map(referral -> withVersion(ReferralView.of(referral, null, triager), referral));
    }

    @POST
    @Path("/{id}/triage")
    @Operation(summary = "Record the risk grade and triage notes (receiving side, triager); emits referral.triaged")
    public Uni<RestResponse<ReferralView>> triage(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Triage body) {
        CareActor triager = actor.get();
        return referrals.triage(id, body.riskGrade(), body.notes(), triager, ifMatch)
                .map(referral -> withVersion(ReferralView.of(referral, null, triager), referral));
    }

    @GET
    @Path("/{id}/notes")
    @Operation(summary = "The notes thread between the two sides, oldest first")
    public Uni<Page<NoteView>> notes(@RestPath UUID id,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return referrals.notes(id, actor.get(), page, size)
                .map(found -> found.map(NoteView::of));
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a note for the other side")
    public Uni<RestResponse<NoteView>> addNote(@RestPath UUID id, @NotNull @Valid Note body) {
        return referrals.addNote(id, body.text(), actor.get())
                .map(note -> RestResponse.status(RestResponse.Status.CREATED, NoteView.of(note)));
    }

    private static RestResponse<ReferralView> withVersion(ReferralView view, Referral referral) {
        return RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, IfMatch.etag(referral.version()))
                .build();
    }
}
