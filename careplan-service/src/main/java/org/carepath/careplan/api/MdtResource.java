package org.carepath.careplan.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.careplan.api.CarePlanRequests.Decide;
import org.carepath.careplan.api.CarePlanRequests.NewAction;
import org.carepath.careplan.api.CarePlanViews.DecisionView;
import org.carepath.careplan.api.MdtRequests.Discussion;
import org.carepath.careplan.api.MdtRequests.NewCase;
import org.carepath.careplan.api.MdtRequests.NewMeeting;
import org.carepath.careplan.api.MdtViews.CaseView;
import org.carepath.careplan.api.MdtViews.MeetingView;
import org.carepath.careplan.mdt.MdtCase;
import org.carepath.careplan.mdt.MdtService;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * MDT meetings. A meeting is visible to staff of its organisation and of the attending ones; each
 * reader sees only the cases whose care team their organisation is on.
 */
@AuditedReads("mdt-meeting")
@Path("/mdt-meetings")
@Tag(name = "MDT meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MdtResource {

    private final MdtService meetings;
    private final CurrentActor actor;

    public MdtResource(MdtService meetings, CurrentActor actor) {
        this.meetings = meetings;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Hold an MDT meeting of the caller's organisation, with its attendees")
    public Uni<RestResponse<MeetingView>> call(@NotNull @Valid NewMeeting request) {
        return meetings.call(request.title(), request.team(), request.heldAt(), request.attendees(), actor.get())
                .map(meeting -> RestResponse.ResponseBuilder.<MeetingView>created(URI.create("/mdt-meetings/" + meeting.id()))
                        .entity(MeetingView.listed(meeting))
                        .build());
    }

    @GET
    @Operation(summary = "The caller's organisation's MDT meetings, optionally of one team, latest first")
    public Uni<Page<MeetingView>> list(@RestQuery @Size(max = Limits.TEAM) String team,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        return meetings.ofOrganisation(team, actor.get(), page, size)
                .map(found -> found.map(MeetingView::listed));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting with the cases on its list that the caller may see, and their decisions")
    public Uni<MeetingView> get(@RestPath UUID id) {
        return meetings.agenda(id, actor.get()).map(MeetingView::of);
    }

    @POST
    @Path("/{id}/cases")
    @Operation(summary = "Put a person's care plan on the meeting's list (the caller must be on its care team)")
    public Uni<RestResponse<CaseView>> addCase(@RestPath UUID id, @NotNull @Valid NewCase request) {
        return meetings.addCase(id, request.carePlanId(), actor.get())
                .map(added -> RestResponse.ResponseBuilder
                        .<CaseView>created(URI.create("/mdt-meetings/" + id + "/cases/" + added.id()))
                        .header(HttpHeaders.ETAG, IfMatch.etag(added.version()))
                        .entity(CaseView.of(added, List.of()))
                        .build());
    }

    @PUT
    @Path("/{id}/cases/{caseId}/discussion")
    @Operation(summary = "Record consent to discuss (or why it was not needed) and the discussion summary (If-Match: the case's ETag)")
    public Uni<RestResponse<CaseView>> discuss(@RestPath UUID id, @RestPath UUID caseId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Discussion body) {
        return meetings.discuss(id, caseId, body.consent(), body.consentNote(), body.summary(), actor.get(), ifMatch)
                .map(MdtResource::withVersion);
    }

    @POST
    @Path("/{id}/cases/{caseId}/decisions")
    @Operation(summary = "Record a decision for the case with its actions, which land on the person's plan"
            + " (If-Match: the plan's ETag); 422 until consent is recorded; emits careplan.action-assigned and"
            + " careplan.mdt-decision-recorded")
    public Uni<RestResponse<DecisionView>> decide(@RestPath UUID id, @RestPath UUID caseId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Decide body) {
        return meetings.decide(id, caseId, body.decision(), NewAction.all(body.actions()), actor.get(), ifMatch)
                .map(CarePlanResource::decided);
    }

    private static RestResponse<CaseView> withVersion(MdtCase found) {
        return RestResponse.ResponseBuilder.ok(CaseView.of(found, null))
                .header(HttpHeaders.ETAG, IfMatch.etag(found.version()))
                .build();
    }
}
