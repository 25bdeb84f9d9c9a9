package org.carepath.careplan.api;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.carepath.careplan.api.CarePlanRequests.Actions;
import org.carepath.careplan.api.CarePlanRequests.Create;
import org.carepath.careplan.api.CarePlanRequests.Decide;
import org.carepath.careplan.api.CarePlanRequests.Handover;
import org.carepath.careplan.api.CarePlanRequests.Member;
import org.carepath.careplan.api.CarePlanRequests.NewAction;
import org.carepath.careplan.api.CarePlanRequests.Reason;
import org.carepath.careplan.api.CarePlanRequests.Revise;
import org.carepath.careplan.api.CarePlanViews.CarePlanSummary;
import org.carepath.careplan.api.CarePlanViews.CarePlanView;
import org.carepath.careplan.api.CarePlanViews.DecisionView;
import org.carepath.careplan.api.CarePlanViews.DiffView;
import org.carepath.careplan.api.CarePlanViews.VersionView;
import org.carepath.careplan.plan.ActionStatus;
import org.carepath.careplan.plan.CarePlanAction;
import org.carepath.careplan.plan.CarePlanService;
import org.carepath.careplan.plan.CareTeam;
import org.carepath.careplan.plan.CareTeamService;
import org.carepath.careplan.plan.Decided;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** Care plans and their teams. Staff whose organisation has no place on a plan's team get 404 for it. */
@AuditedReads("care-plan")
@Path("/care-plans")
@Tag(name = "Care plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarePlanResource {

    private final CarePlanService plans;
    private final CareTeamService teams;
    private final CurrentActor actor;

    public CarePlanResource(CarePlanService plans, CareTeamService teams, CurrentActor actor) {
        this.plans = plans;
        this.teams = teams;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({ Roles.CARE_COORDINATOR, Roles.MANAGER })
    @Operation(summary = "Draft a care plan; the caller becomes its coordinator and their team its first member;"
            + " emits careplan.created, careplan.coordinator-assigned and careplan.member-joined")
    public Uni<RestResponse<CarePlanView>> create(@NotNull @Valid Create request) {
        return plans.create(request.nhsNumber(), request.content(), request.relationshipReason(), actor.get())
                .map(team -> RestResponse.ResponseBuilder.<CarePlanView>created(URI.create("/care-plans/" + team.plan().id()))
                        .header(HttpHeaders.ETAG, IfMatch.etag(team.plan().version()))
                        .entity(CarePlanView.of(team, null))
                        .build());
    }

    @GET
    @Operation(summary = "The person's care plans on whose team the caller's organisation has a place, newest first")
    public Uni<Page<CarePlanSummary>> list(@RestQuery @NotNull @NhsNumber String nhsNumber,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        return plans.forPerson(nhsNumber, actor.get(), page, size)
                .map(found -> found.map(CarePlanSummary::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A care plan with its team and coordinator history (404 unless the caller's organisation is on the team)")
    public Uni<RestResponse<CarePlanView>> get(@RestPath UUID id) {
        return plans.find(id, actor.get())
                .map(detail -> withVersion(detail.team(), CarePlanView.of(detail.team(), detail.handovers())));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change the plan's content (care team members; If-Match); keeps a new version, emits careplan.versioned")
    public Uni<RestResponse<CarePlanView>> revise(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Revise body) {
        return plans.revise(id, body.content(), actor.get(), ifMatch)
                .map(CarePlanResource::changed);
    }

    @POST
    @Path("/{id}/{action: activate|hold|resume|complete|revoke}")
    @Operation(summary = "Move the plan on (the coordinator, or a manager of their organisation; If-Match)."
            + " 409 to activate or resume while the person has another active plan.")
    public Uni<RestResponse<CarePlanView>> act(@RestPath UUID id, @RestPath String action,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid Reason body) {
        return plans.act(id, CarePlanAction.valueOf(action.toUpperCase(Locale.ROOT)), body == null ? null : body.reason(),
                        actor.get(), ifMatch)
                .map(CarePlanResource::changed);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of the plan, oldest first: what changed, who, when")
    public Uni<Page<VersionView>> versions(@RestPath UUID id,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return plans.versions(id, actor.get(), page, size)
                .map(found -> found.map(VersionView::listed));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "The plan as it stood at one version")
    public Uni<VersionView> version(@RestPath UUID id, @RestPath @Min(1) long version) {
        return plans.version(id, version, actor.get())
                .map(VersionView::of);
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "What changed between two versions of the plan, field by field")
    public Uni<DiffView> diff(@RestPath UUID id, @RestQuery @NotNull @Min(1) Long from, @RestQuery @NotNull @Min(1) Long to) {
        return plans.diff(id, from, to, actor.get())
                .map(differences -> new DiffView(from, to, differences));
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "Put actions on the plan (care team members; If-Match); each owner's organisation must be on"
            + " the care team (422 otherwise); emits careplan.action-assigned per action")
    public Uni<RestResponse<CarePlanView>> assign(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Actions body) {
        return plans.assign(id, NewAction.all(body.actions()), actor.get(), ifMatch)
                .map(CarePlanResource::changed);
    }

    @POST
    @Path("/{id}/actions/{actionId}/{move: start|complete|cancel}")
    @Operation(summary = "Start, complete or cancel (with a reason) an action (care team members; If-Match);"
            + " completing emits careplan.action-completed, the others careplan.versioned")
    public Uni<RestResponse<CarePlanView>> moveAction(@RestPath UUID id, @RestPath UUID actionId, @RestPath String move,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid Reason body) {
        ActionStatus target = switch (move) {
            case "start" -> ActionStatus.IN_PROGRESS;
            case "complete" -> ActionStatus.DONE;
            default -> ActionStatus.CANCELLED;
        };
        return plans.moveAction(id, actionId, target, body == null ? null : body.reason(), actor.get(), ifMatch)
                .map(CarePlanResource::changed);
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "Record a decision between MDT meetings (the coordinator, or a manager of their organisation;"
            + " If-Match) with the actions it sets; emits careplan.action-assigned and careplan.mdt-decision-recorded")
    public Uni<RestResponse<DecisionView>> decide(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Decide body) {
        return plans.decide(id, body.decision(), NewAction.all(body.actions()), actor.get(), ifMatch)
                .map(CarePlanResource::decided);
    }

    @GET
    @Path("/{id}/decisions")
    @Operation(summary = "Decisions about the person on this plan, at MDT meetings and between them, newest first")
    public Uni<Page<DecisionView>> decisions(@RestPath UUID id,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return plans.decisions(id, actor.get(), page, size)
                .map(found -> found.map(DecisionView::of));
    }

    @POST
    @Path("/{id}/members")
    @Operation(summary = "Give a team or practitioner a place on the care team; emits careplan.member-joined")
    public Uni<RestResponse<CarePlanView>> join(@RestPath UUID id, @NotNull @Valid Member body) {
        return teams.join(id, body.toMember(), actor.get())
                .map(CarePlanResource::changed);
    }

    @POST
    @Path("/{id}/members/{memberId}/leave")
    @Operation(summary = "End a place on the care team; emits careplan.member-left."
            + " 409 for the coordinator's organisation's last place")
    public Uni<RestResponse<CarePlanView>> leave(@RestPath UUID id, @RestPath UUID memberId, @Valid Reason body) {
        return teams.leave(id, memberId, body == null ? null : body.reason(), actor.get())
                .map(CarePlanResource::changed);
    }

    @POST
    @Path("/{id}/coordinator")
    @Operation(summary = "Hand the plan over to another care coordinator (the coordinator, or a manager of their"
            + " organisation; If-Match); emits careplan.coordinator-assigned")
    public Uni<RestResponse<CarePlanView>> handOver(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Handover body) {
        return teams.handOver(id, body.to(), body.reason(), actor.get(), ifMatch)
                .map(CarePlanResource::changed);
    }

    /** A decision, with the ETag of the plan version it made. */
    static RestResponse<DecisionView> decided(Decided decided) {
        return RestResponse.ResponseBuilder.ok(DecisionView.of(decided.decision()))
                .header(HttpHeaders.ETAG, IfMatch.etag(decided.team().plan().version()))
                .build();
    }

    private static RestResponse<CarePlanView> changed(CareTeam team) {
        return withVersion(team, CarePlanView.of(team, null));
    }

    private static RestResponse<CarePlanView> withVersion(CareTeam team, CarePlanView view) {
        return RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, IfMatch.etag(team.plan().version()))
                .build();
    }
}
