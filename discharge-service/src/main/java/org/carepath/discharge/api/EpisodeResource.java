package org.carepath.discharge.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.discharge.api.EpisodeRequests.Admit;
import org.carepath.discharge.api.EpisodeRequests.Answer;
import org.carepath.discharge.api.EpisodeRequests.Cancel;
import org.carepath.discharge.api.EpisodeRequests.ClinicalCriteria;
import org.carepath.discharge.api.EpisodeRequests.CriteriaToReside;
import org.carepath.discharge.api.EpisodeRequests.Discharge;
import org.carepath.discharge.api.EpisodeRequests.EndDelay;
import org.carepath.discharge.api.EpisodeRequests.ExpectedDischargeDate;
import org.carepath.discharge.api.EpisodeRequests.Milestone;
import org.carepath.discharge.api.EpisodeRequests.NewDelay;
import org.carepath.discharge.api.EpisodeRequests.Pathway;
import org.carepath.discharge.api.EpisodeRequests.Transfer;
import org.carepath.discharge.api.EpisodeRequests.WaitingOnBody;
import org.carepath.discharge.api.EpisodeViews.AttributedDelay;
import org.carepath.discharge.api.EpisodeViews.EpisodeSummary;
import org.carepath.discharge.api.EpisodeViews.EpisodeView;
import org.carepath.discharge.episode.EpisodeService;
import org.carepath.discharge.episode.DelayAnswer;
import org.carepath.discharge.episode.EpisodeService.Seen;
import org.carepath.discharge.episode.EpisodeService.SeenDelay;
import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.discharge.episode.MilestoneKind;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * Inpatient episodes. Every change needs If-Match with the episode's ETag; delays, pathway,
 * discharge and cancellations need the {@code discharge-coordinator} role.
 */
@AuditedReads("episode")
@Path("/episodes")
@Tag(name = "Episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EpisodeResource {

    private final EpisodeService episodes;
    private final CurrentActor actor;

    public EpisodeResource(EpisodeService episodes, CurrentActor actor) {
        this.episodes = episodes;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Admit a person to the caller's hospital; emits discharge.admitted (and discharge.readmitted for an"
            + " emergency admission within 30 days of a discharge)")
    public Uni<RestResponse<EpisodeView>> admit(@NotNull @Valid Admit request) {
        var admission = new Admission(request.nhsNumber(), actor.get().organisation(), null, request.ward(), request.bed(),
                request.admittedAt(), request.admissionMethod(), request.clinicalCriteria(), request.expectedDischargeDate());
        return episodes.admit(admission, actor.get())
                .map(seen -> RestResponse.ResponseBuilder.<EpisodeView>created(URI.create("/episodes/" + seen.episode().id()))
                        .header(HttpHeaders.ETAG, IfMatch.etag(seen.episode().version()))
                        .entity(EpisodeView.of(seen))
                        .build());
    }

    @GET
    @Operation(summary = "The person's episodes the caller may see, newest first")
    public Uni<Page<EpisodeSummary>> list(@RestQuery @NotNull @NhsNumber String nhsNumber,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        return episodes.forPerson(nhsNumber, actor.get(), page, size).map(found -> found.map(EpisodeSummary::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An episode with its wards, EDD changes, criteria-to-reside periods, delays and milestones")
    public Uni<RestResponse<EpisodeView>> get(@RestPath UUID id) {
        return episodes.find(id, actor.get()).map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/transfer")
    @Operation(summary = "Move the person to another ward or bed; emits discharge.transferred")
    public Uni<RestResponse<EpisodeView>> transfer(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Transfer body) {
        return episodes.transfer(id, body.ward(), body.bed(), body.at(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @PUT
    @Path("/{id}/clinical-criteria")
    @Operation(summary = "Set the clinical criteria for discharge (at the first consultant review, or later revised)")
    public Uni<RestResponse<EpisodeView>> clinicalCriteria(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClinicalCriteria body) {
        return episodes.setClinicalCriteria(id, body.criteria(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @PUT
    @Path("/{id}/expected-discharge-date")
    @Operation(summary = "Set or change the expected date of discharge, with why; every change is kept; emits discharge.edd-changed")
    public Uni<RestResponse<EpisodeView>> edd(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ExpectedDischargeDate body) {
        return episodes.changeExpectedDischargeDate(id, body.date(), body.reason(), actor.get(), ifMatch)
                .map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/criteria-to-reside")
    @Operation(summary = "Record that the person no longer meets (meetsCriteria false) or again meets the criteria to"
            + " reside; emits discharge.no-criteria-to-reside")
    public Uni<RestResponse<EpisodeView>> criteriaToReside(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CriteriaToReside body) {
        return episodes.recordCriteriaToReside(id, body.meetsCriteria(), body.at(), actor.get(), ifMatch)
                .map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/delays")
    @Operation(summary = "Start a delay (discharge-coordinator) while the person has no criteria to reside; 409 when it"
            + " overlaps another; emits discharge.delay-started")
    public Uni<RestResponse<EpisodeView>> startDelay(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NewDelay body) {
        return episodes.startDelay(id, body.code(), body.sector(), body.start(), body.notes(), body.linked(), actor.get(),
                ifMatch).map(EpisodeResource::view);
    }

    @PUT
    @Path("/{id}/delays/{delayId}/waiting-on")
    @Operation(summary = "Link a delay to what it waits on, or change the link (discharge-coordinator); a referral makes its"
            + " receiving organisation accountable, a care plan action its owner organisation, 422 unless known for the person;"
            + " emits discharge.delay-linked")
    public Uni<RestResponse<EpisodeView>> waitingOn(@RestPath UUID id, @RestPath UUID delayId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid WaitingOnBody body) {
        return episodes.linkDelay(id, delayId, body.checked(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @GET
    @Path("/{id}/delays/{delayId}")
    @Operation(summary = "One delay with where the person is, what it waits on, the chain and its answers: for the hospital"
            + " and the organisation it is attributed to; ETag is the episode's version")
    public Uni<RestResponse<AttributedDelay>> delay(@RestPath UUID id, @RestPath UUID delayId) {
        return episodes.findDelay(id, delayId, actor.get()).map(EpisodeResource::delayView);
    }

    @POST
    @Path("/{id}/delays/{delayId}/acknowledge")
    @Operation(summary = "The organisation the delay is attributed to acknowledges it (triager, care-coordinator or manager"
            + " there), reason optional; emits discharge.delay-acknowledged")
    public Uni<RestResponse<AttributedDelay>> acknowledge(@RestPath UUID id, @RestPath UUID delayId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid Answer body) {
        return episodes.answerDelay(id, delayId, DelayAnswer.Kind.ACKNOWLEDGED, body == null ? null : body.reason(),
                actor.get(), ifMatch).map(EpisodeResource::delayView);
    }

    @POST
    @Path("/{id}/delays/{delayId}/dispute")
    @Operation(summary = "The organisation the delay is attributed to disputes it, with a reason (triager, care-coordinator"
            + " or manager there); emits discharge.delay-disputed")
    public Uni<RestResponse<AttributedDelay>> dispute(@RestPath UUID id, @RestPath UUID delayId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Answer body) {
        return episodes.answerDelay(id, delayId, DelayAnswer.Kind.DISPUTED, body.reason(), actor.get(), ifMatch)
                .map(EpisodeResource::delayView);
    }

    @POST
    @Path("/{id}/delays/{delayId}/end")
    @Operation(summary = "End a delay (discharge-coordinator); emits discharge.delay-ended")
    public Uni<RestResponse<EpisodeView>> endDelay(@RestPath UUID id, @RestPath UUID delayId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid EndDelay body) {
        return episodes.endDelay(id, delayId, body == null ? null : body.end(), actor.get(), ifMatch)
                .map(EpisodeResource::view);
    }

    @PUT
    @Path("/{id}/pathway")
    @Operation(summary = "Plan the discharge pathway 0-3 (discharge-coordinator); emits discharge.pathway-set")
    public Uni<RestResponse<EpisodeView>> pathway(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Pathway body) {
        return episodes.planPathway(id, body.pathway(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @PUT
    @Path("/{id}/milestones/{milestone}")
    @Operation(summary = "Set a readiness milestone's status, owner and due date; emits discharge.milestone-updated")
    public Uni<RestResponse<EpisodeView>> milestone(@RestPath UUID id, @RestPath MilestoneKind milestone,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Milestone body) {
        return episodes.updateMilestone(id, milestone, body.status(), body.ownerOrganisation(), body.ownerTeam(),
                body.dueDate(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/discharge")
    @Operation(summary = "Discharge the person (discharge-coordinator) with the actual pathway and destination; emits"
            + " discharge.discharged")
    public Uni<RestResponse<EpisodeView>> discharge(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Discharge body) {
        return episodes.discharge(id, body.at(), body.pathway(), body.destination(), actor.get(), ifMatch)
                .map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/cancel-admission")
    @Operation(summary = "Cancel an admission made in error (discharge-coordinator); the episode is kept, marked cancelled;"
            + " emits discharge.cancelled")
    public Uni<RestResponse<EpisodeView>> cancelAdmission(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Cancel body) {
        return episodes.cancelAdmission(id, body.reason(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    @POST
    @Path("/{id}/cancel-discharge")
    @Operation(summary = "Cancel a discharge made in error (discharge-coordinator): the person is in hospital again, with"
            + " the audit kept; emits discharge.cancelled")
    public Uni<RestResponse<EpisodeView>> cancelDischarge(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Cancel body) {
        return episodes.cancelDischarge(id, body.reason(), actor.get(), ifMatch).map(EpisodeResource::view);
    }

    private static RestResponse<AttributedDelay> delayView(SeenDelay seen) {
        return RestResponse.ResponseBuilder.ok(AttributedDelay.of(seen))
                .header(HttpHeaders.ETAG, IfMatch.etag(seen.seen().episode().version()))
                .build();
    }

    private static RestResponse<EpisodeView> view(Seen seen) {
        return RestResponse.ResponseBuilder.ok(EpisodeView.of(seen))
                .header(HttpHeaders.ETAG, IfMatch.etag(seen.episode().version()))
                .build();
    }
}
