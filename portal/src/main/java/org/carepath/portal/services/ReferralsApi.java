package org.carepath.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** referrals-service's referrals and triage worklist, called with the signed-in user's token. */
@RegisterRestClient(configKey = "referrals")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReferralsApi {

    @GET
    @Path("/triage/worklist")
    Uni<Worklist> worklist(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/referrals")
    Uni<Referral> submit(Submission submission);

    @GET
    @Path("/referrals/{id}")
    Uni<Referral> referral(@PathParam("id") UUID id);

    /** receive, accept, reject, start, hold, resume, complete or cancel; If-Match is the version the user saw. */
    @POST
    @Path("/referrals/{id}/{action}")
    Uni<Referral> act(@PathParam("id") UUID id, @PathParam("action") String action, @HeaderParam("If-Match") String ifMatch,
            Reason reason);

    /** Closes the referral and sends an onward one to another service on the referrer's behalf (receiving triager). */
    @POST
    @Path("/referrals/{id}/redirect")
    Uni<Referral> redirect(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Redirect redirect);

    /** The risk grade (high, medium, low) and triage notes (receiving triager). */
    @POST
    @Path("/referrals/{id}/triage")
    Uni<Referral> grade(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Grading grading);

    record Worklist(List<Line> items, int page, int size, long total) {
    }

    record Line(UUID id, String nhsNumber, String subjectName, String serviceName, String referringOrganisation,
            String targetTeam, String priority, String riskGrade, String status, Instant submittedAt, Instant dueAt) {
    }

    record Referral(UUID id, Subject subject, Party referrer, String serviceName, String targetOrganisation,
            String targetTeam, String reason, List<String> needsDomains, String priority, String status,
            String statusReason, String riskGrade, String triageNotes, List<Assessment> assessments,
            UUID redirectedFrom, UUID onwardReferral, Instant submittedAt, Instant dueAt, List<String> allowedActions,
            List<Step> history, long version) {
    }

    /** A trusted assessment sent with the referral so the receiving team need not repeat it. */
    record Assessment(String reference, String title, String summary, String organisation, LocalDate completedOn) {
    }

    record Redirect(UUID serviceId, String reason, String duplicateReason) {
    }

    record Grading(String riskGrade, String notes) {
    }

    record Subject(String nhsNumber, String name) {
    }

    record Party(String organisation, String team, String practitionerName) {
    }

    record Step(String action, String to, String byName, String byOrganisation, String reason, Instant at) {
    }

    record Reason(String reason) {
    }

    record Submission(Subject subject, UUID serviceId, String reason, List<String> needsDomains, String priority,
            String consentBasis, List<Assessment> assessments, String duplicateReason) {
    }
}
