package org.carepath.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * careplan-service's care plans and MDT meetings, called with the signed-in user's token. Every change carries
 * If-Match: the version of the plan (or, for an MDT discussion, of the case) the user saw.
 */
@RegisterRestClient(configKey = "careplan")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CarePlanApi {

    @GET
    @Path("/care-plans")
    Uni<Plans> plansOf(@QueryParam("nhsNumber") String nhsNumber, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/care-plans")
    Uni<Plan> start(NewPlan plan);

    @GET
    @Path("/care-plans/{id}")
    Uni<Plan> plan(@PathParam("id") UUID id);

    @PUT
    @Path("/care-plans/{id}")
    Uni<Plan> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Content content);

    /** activate, hold, resume, complete or revoke. */
    @POST
    @Path("/care-plans/{id}/{step}")
    Uni<Plan> move(@PathParam("id") UUID id, @PathParam("step") String step, @HeaderParam("If-Match") String ifMatch,
            Reason reason);

    @GET
    @Path("/care-plans/{id}/versions")
    Uni<Versions> versions(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/care-plans/{id}/diff")
    Uni<Diff> diff(@PathParam("id") UUID id, @QueryParam("from") long from, @QueryParam("to") long to);

    @POST
    @Path("/care-plans/{id}/actions")
    Uni<Plan> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, NewActions actions);

    /** start, complete or cancel (with a reason). */
    @POST
    @Path("/care-plans/{id}/actions/{actionId}/{move}")
    Uni<Plan> moveAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId, @PathParam("move") String move,
            @HeaderParam("If-Match") String ifMatch, Reason reason);

    @GET
    @Path("/care-plans/{id}/decisions")
    Uni<Decisions> decisions(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/mdt-meetings")
    Uni<Meeting> hold(NewMeeting meeting);

    @GET
    @Path("/mdt-meetings")
    Uni<Meetings> meetings(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/mdt-meetings/{id}")
    Uni<Meeting> meeting(@PathParam("id") UUID id);

    @POST
    @Path("/mdt-meetings/{id}/cases")
    Uni<Case> addCase(@PathParam("id") UUID id, NewCase newCase);

    /** If-Match is the case's version. */
    @PUT
    @Path("/mdt-meetings/{id}/cases/{caseId}/discussion")
    Uni<Case> discuss(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String ifMatch,
            Discussion discussion);

    /** If-Match is the person's plan's version. */
    @POST
    @Path("/mdt-meetings/{id}/cases/{caseId}/decisions")
    Uni<Decision> decide(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId,
            @HeaderParam("If-Match") String ifMatch, Decide decision);

    record Plans(List<PlanSummary> items, int page, int size, long total) {
    }

    record PlanSummary(UUID id, String nhsNumber, String status, String summary, LocalDate reviewDate,
            Practitioner coordinator, Instant createdAt, long version) {
    }

    /** @param members every place the team has had; current ones have no leftAt */
    record Plan(UUID id, String nhsNumber, String status, String summary, List<Need> needs, List<Goal> goals,
            List<Carer> carers, Involvement involvement, LocalDate reviewDate, List<Action> actions,
            Practitioner coordinator, List<String> allowedActions, List<Member> members, List<Handover> handovers,
            Instant createdAt, long version) {
    }

    record Need(String domain, String description) {
    }

    record Goal(String text, List<String> needs) {
    }

    record Carer(String name, String relationship, boolean involved, String needs) {
    }

    record Involvement(String agreedBy, LocalDate agreedOn, String notes) {
    }

    record Action(UUID id, String description, String needsDomain, Owner owner, LocalDate dueDate, String status,
            String cancelReason, UUID decisionId, String assignedBy, Instant assignedAt, Instant closedAt) {
    }

    /** @param team null when the whole organisation owns it; userId and name only when one practitioner does */
    record Owner(String organisation, String team, String userId, String name) {
    }

    record Practitioner(String userId, String name, String organisation, String team) {
    }

    record Member(UUID id, String organisation, String team, String practitionerUserId, String practitionerName,
            String role, UUID referralId, Instant joinedAt, Instant leftAt, String leftReason) {
    }

    record Handover(Practitioner from, Practitioner to, String reason, String by, Instant at) {
    }

    record Versions(List<Version> items, int page, int size, long total) {
    }

    /** @param changedBy the user id of who made it */
    record Version(long version, String change, String changedBy, Instant changedAt) {
    }

    record Diff(long from, long to, List<Difference> differences) {
    }

    /** @param path e.g. {@code goals[I want to walk to the shop].needs[mobility-and-falls]}; kind added, removed or changed */
    record Difference(String path, String kind, JsonNode before, JsonNode after) {
    }

    record Decisions(List<Decision> items, int page, int size, long total) {
    }

    record Decision(UUID id, UUID carePlanId, UUID meetingId, UUID caseId, String organisation, String team,
            String decision, List<UUID> actionIds, String decidedBy, Instant decidedAt) {
    }

    record NewPlan(String nhsNumber, String summary, List<Need> needs, List<Goal> goals, List<Carer> carers,
            Involvement involvement, LocalDate reviewDate, String relationshipReason) {
    }

    /** The whole content: what is left out is removed. */
    record Content(String summary, List<Need> needs, List<Goal> goals, List<Carer> carers, Involvement involvement,
            LocalDate reviewDate) {
    }

    record NewActions(List<NewAction> actions) {
    }

    record NewAction(String description, String needsDomain, Owner owner, LocalDate dueDate) {
    }

    record Reason(String reason) {
    }

    record Decide(String decision, List<NewAction> actions) {
    }

    record Meetings(List<Meeting> items, int page, int size, long total) {
    }

    /** @param cases only those whose care team the reader's organisation is on; null in lists */
    record Meeting(UUID id, String organisation, String team, String title, Instant heldAt, List<Attendee> attendees,
            List<Case> cases, String createdBy, Instant createdAt) {
    }

    record Attendee(String userId, String name, String organisation, String role) {
    }

    /** @param consent given, declined or not-needed; null until recorded */
    record Case(UUID id, UUID carePlanId, String nhsNumber, String consent, String consentNote, String consentRecordedBy,
            Instant consentRecordedAt, String discussion, List<Decision> decisions, String addedBy, Instant addedAt,
            long version) {
    }

    record NewMeeting(String title, String team, Instant heldAt, List<Attendee> attendees) {
    }

    record NewCase(UUID carePlanId) {
    }

    record Discussion(String consent, String consentNote, String summary) {
    }
}
