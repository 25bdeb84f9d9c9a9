package org.carepath.portal.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.display.StaffNames;
import org.carepath.portal.display.TypedDates;
import org.carepath.portal.services.CarePlanApi;
import org.carepath.portal.services.CarePlanApi.Case;
import org.carepath.portal.services.CarePlanApi.Meeting;
import org.carepath.portal.services.CarePlanApi.Plan;
import org.carepath.portal.services.DirectoryApi;
import org.carepath.portal.services.SeenVersion;
import org.carepath.portal.services.ServiceProblem;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * MDT meetings of the user's organisation: hold one, put people on its list, and for each person record their
 * consent to be discussed first, then what was said, then a decision whose actions land on their plan. The decision
 * form is offered only once consent allows it; the service refuses a decision without it all the same.
 */
@Path("/mdt")
@Produces(MediaType.TEXT_HTML)
public class MdtPages {

    private static final int SHOWN = 50;
    /** Rows for attendees on the "hold a meeting" form; more people can be added from the API. */
    static final int ATTENDEE_ROWS = 4;
    private static final List<String> CONSENT = List.of("given", "declined", "not-needed");
    private static final String CONSENT_FIRST = "Record the person's consent to be discussed first";
    private static final Map<String, String> DONE = Map.of(
            "held", "The meeting has been set up. Put people on its list from their care plans.",
            "added", "The person is on the meeting's list.",
            "discussed", "The consent and the discussion have been recorded.",
            "decided", "The decision has been recorded, and its action is on the person's care plan.");
    private static final int PLANS_AT_ONCE = 4;

    private final CarePlanApi careplans;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;

    public MdtPages(@RestClient CarePlanApi careplans, OrganisationNames organisations, SecurityIdentity signedIn) {
        this.careplans = careplans;
        this.organisations = organisations;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meetings(StaffMember staff, List<Meeting> meetings, OrganisationNames.Names names,
                String error);

        static native TemplateInstance hold(StaffMember staff, MeetingDraft draft, List<String> teams,
                List<DirectoryApi.Organisation> organisations, Map<String, String> errors, String error);

        static native TemplateInstance meeting(StaffMember staff, Meeting meeting, OrganisationNames.Names names,
                StaffNames people, List<CaseView> cases, String error, String notice);
    }

    /** What the organiser typed, kept through every refusal. */
    public record MeetingDraft(String title, String team, String date, String time, List<CarePlanApi.Attendee> attendees) {
    }

    /**
     * A case on the list with the person's plan (for its version and care team) and what was typed for it when the
     * page is shown again after a refusal.
     */
    public record CaseView(Case found, Plan plan, boolean mayDecide, List<ActionDraft.OwnerChoice> owners,
            DiscussionDraft discussion, DecisionDraft decision, Map<String, String> actionErrors, String error) {
    }

    public record DiscussionDraft(String consent, String consentNote, String summary) {
    }

    public record DecisionDraft(String decision, ActionDraft action) {
    }

    @GET
    public Uni<Response> meetings() {
        return careplans.meetings(0, SHOWN)
                .chain(found -> organisations.current().map(names -> Response.ok(Templates.meetings(staff(),
                        found.items(), names, null)).build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                        .status(((ServiceProblem) failure).pageStatus())
                        .entity(Templates.meetings(staff(), List.of(), null, PersonPages.sentence((ServiceProblem) failure)))
                        .build());
    }

    @GET
    @Path("new")
    public Uni<Response> newMeeting() {
        List<CarePlanApi.Attendee> attendees = new ArrayList<>();
        attendees.add(new CarePlanApi.Attendee(null, staff().name(), staff().organisation(), "Care coordinator"));
        return holdPage(200, new MeetingDraft("", "", "", "", withBlankRows(attendees)), Map.of(), null);
    }

    @POST
    public Uni<Response> hold(@RestForm String title, @RestForm String team, @RestForm String date, @RestForm String time,
            @RestForm List<String> attendeeName, @RestForm List<String> attendeeOrganisation,
            @RestForm List<String> attendeeRole) {
        List<CarePlanApi.Attendee> attendees = new ArrayList<>();
        for (int n = 0; attendeeName != null && n < attendeeName.size(); n++) {
            attendees.add(new CarePlanApi.Attendee(null, attendeeName.get(n).strip(), at(attendeeOrganisation, n),
                    at(attendeeRole, n)));
        }
        MeetingDraft draft = new MeetingDraft(trimmed(title), trimmed(team), trimmed(date), trimmed(time), attendees);
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.title().isEmpty()) {
            problems.put("title", "Give the meeting a title");
        }
        var day = TypedDates.day(draft.date());
        if (day.isEmpty()) {
            problems.put("date", "Enter the day of the meeting as day, month and year, like 20/12/2026");
        }
        var at = TypedDates.time(draft.time());
        if (at.isEmpty()) {
            problems.put("time", "Enter the time of the meeting on the 24-hour clock, like 14:30");
        }
        if (!problems.isEmpty()) {
            return holdPage(400, draft, problems, problems.values().iterator().next());
        }
        List<CarePlanApi.Attendee> attending = attendees.stream().filter(attendee -> !attendee.name().isEmpty())
                .map(attendee -> new CarePlanApi.Attendee(null, attendee.name(), attendee.organisation(),
                        attendee.role().isEmpty() ? null : attendee.role()))
                .toList();
        Instant heldAt = TypedDates.inLondon(day.get(), at.get());
        return careplans.hold(new CarePlanApi.NewMeeting(draft.title(), draft.team().isEmpty() ? null : draft.team(),
                        heldAt, attending))
                .map(held -> seeMeeting(held.id(), "held"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> holdPage(
                        ((ServiceProblem) failure).pageStatus(), draft, Map.of(), PersonPages.sentence((ServiceProblem) failure)));
    }

    @GET
    @Path("{id}")
    public Uni<Response> meeting(@RestPath UUID id, @RestQuery String done) {
        return meetingPage(id, 200, null, done == null ? null : DONE.get(done));
    }

    /** From a care plan's page: put the person on one of the user's organisation's meetings. */
    @POST
    @Path("cases")
    public Uni<Response> addCase(@RestForm UUID meeting, @RestForm UUID carePlanId) {
        if (meeting == null || carePlanId == null) {
            return Uni.createFrom().item(Response.seeOther(URI.create("/mdt")).build());
        }
        return careplans.addCase(meeting, new CarePlanApi.NewCase(carePlanId))
                .map(added -> seeMeeting(meeting, "added"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    return problem.status() == 409
                            ? meetingPage(meeting, 200, null, "The person is already on this meeting's list.")
                            : meetingPage(meeting, problem.pageStatus(), PersonPages.sentence(problem), null);
                });
    }

    @POST
    @Path("{id}/cases/{caseId}/discussion")
    public Uni<Response> discuss(@RestPath UUID id, @RestPath UUID caseId, @RestForm String consent,
            @RestForm String consentNote, @RestForm String summary, @RestForm Long version) {
        DiscussionDraft draft = new DiscussionDraft(trimmed(consent), trimmed(consentNote), trimmed(summary));
        if (!CONSENT.contains(draft.consent())) {
            return meetingPage(id, 400, null, null, caseId, draft, null, "Say whether the person agreed to be discussed");
        }
        if ("not-needed".equals(draft.consent()) && draft.consentNote().isEmpty()) {
            return meetingPage(id, 400, null, null, caseId, draft, null, "Say why consent was not needed");
        }
        if ("declined".equals(draft.consent()) && !draft.summary().isEmpty()) {
            return meetingPage(id, 400, null, null, caseId, draft, null,
                    "The person declined to be discussed: leave the discussion empty");
        }
        if (version == null) {
            return meetingPage(id, 409, null, null, caseId, draft, null, SeenVersion.MISSING
                    + ": the person's case is shown as it is now; what you typed is kept: check it and record it again.");
        }
        return careplans.discuss(id, caseId, SeenVersion.ifMatch(version),
                        new CarePlanApi.Discussion(draft.consent(), blankToNull(draft.consentNote()),
                                blankToNull(draft.summary())))
                .map(discussed -> seeMeeting(id, "discussed"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    String said = problem.status() == 412
                            ? "Someone else recorded this person's consent or discussion while you were looking at it."
                                    + " It is shown as it is now; what you typed is kept: check it and record it again."
                            : PersonPages.sentence(problem);
                    return meetingPage(id, problem.status() == 412 ? 409 : problem.pageStatus(), null, null, caseId, draft,
                            null, said);
                });
    }

    @POST
    @Path("{id}/cases/{caseId}/decision")
    public Uni<Response> decide(@RestPath UUID id, @RestPath UUID caseId, @RestForm String decision,
            @RestForm String description, @RestForm String needsDomain, @RestForm String owner,
            @RestForm String practitioner, @RestForm String dueDate, @RestForm Long version) {
        ActionDraft action = ActionDraft.typed(description, needsDomain, owner, practitioner, dueDate);
        DecisionDraft draft = new DecisionDraft(trimmed(decision), action);
        if (draft.decision().isEmpty()) {
            return meetingPage(id, 400, null, null, caseId, null, draft, "Say what was decided");
        }
        Map<String, String> problems = action.isBlank() ? Map.of() : action.problems();
        if (!problems.isEmpty()) {
            return meetingPage(id, 400, null, null, caseId, null, draft, problems.values().iterator().next());
        }
        if (version == null) {
            return meetingPage(id, 409, null, null, caseId, null, draft, SeenVersion.MISSING
                    + ": the person's plan is shown as it is now; what you typed is kept: check it and record it again.");
        }
        List<CarePlanApi.NewAction> actions = action.isBlank() ? List.of() : List.of(action.toAction());
        return careplans.decide(id, caseId, SeenVersion.ifMatch(version),
                        new CarePlanApi.Decide(draft.decision(), actions))
                .map(decided -> seeMeeting(id, "decided"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    return meetingPage(id, problem.status() == 412 ? 409 : problem.pageStatus(), null, null, caseId, null,
                            draft, decisionRefused(problem));
                });
    }

    /** Consent first: the service's refusal of a decision without it, said as the next thing to do. */
    static String decisionRefused(ServiceProblem problem) {
        if ("consent-not-recorded".equals(problem.code())) {
            return CONSENT_FIRST + ", then record the decision.";
        }
        if ("consent-declined".equals(problem.code())) {
            return "The person declined to be discussed, so no decision can be recorded for them at this meeting.";
        }
        if (problem.status() == 412) {
            return "Someone else changed this person's care plan while you were looking at it. What you typed is kept:"
                    + " check it and record the decision again.";
        }
        return PersonPages.sentence(problem);
    }

    private Uni<Response> holdPage(int status, MeetingDraft draft, Map<String, String> errors, String error) {
        StaffMember staff = staff();
        List<String> teams = StaffMember.teamsOf(signedIn);
        return organisations.current()
                .map(names -> {
                    List<DirectoryApi.Organisation> known = names.byCode().values().stream()
                            .sorted(Comparator.comparing(DirectoryApi.Organisation::name)).toList();
                    return Response.status(status).entity(Templates.hold(staff, draft, teams, known, errors, error)).build();
                });
    }

    private Uni<Response> meetingPage(UUID id, int status, String error, String notice) {
        return meetingPage(id, status, error, notice, null, null, null, null);
    }

    /**
     * The meeting with each case's plan; {@code inError} names the case a refusal is about, shown with what was typed.
     */
    private Uni<Response> meetingPage(UUID id, int status, String error, String notice, UUID inError,
            DiscussionDraft discussion, DecisionDraft decision, String caseError) {
        StaffMember staff = staff();
        return careplans.meeting(id)
                .chain(meeting -> organisations.current()
                        .chain(names -> plansOf(meeting)
                                .map(plans -> {
                                    StaffNames people = plans.stream().map(StaffNames::of)
                                            .reduce(StaffNames.none(), StaffNames::and)
                                            .andAttendees(meeting.attendees())
                                            .and(StaffMember.userIdOf(signedIn), staff.name());
                                    List<CaseView> cases = new ArrayList<>();
                                    for (int n = 0; n < meeting.cases().size(); n++) {
                                        Case found = meeting.cases().get(n);
                                        boolean thisOne = found.id().equals(inError);
                                        cases.add(caseView(found, plans.get(n), names, thisOne ? discussion : null,
                                                thisOne ? decision : null, thisOne ? caseError : null));
                                    }
                                    String summary = error != null ? error : caseError;
                                    return Response.status(status).entity(Templates.meeting(staff, meeting, names, people,
                                            cases, summary, notice)).build();
                                })))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> CarePlanPages.unavailable(staff,
                        (ServiceProblem) failure, "There is no such meeting that you may see."));
    }

    /**
     * Each case's plan, in the list's order: for the version a decision is sent with, and the team that may own actions.
     * Asked for together (a few at a time), so a long list does not wait for each plan in turn.
     */
    private Uni<List<Plan>> plansOf(Meeting meeting) {
        if (meeting.cases().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(meeting.cases().stream().map(found -> careplans.plan(found.carePlanId())).toList())
                .usingConcurrencyOf(PLANS_AT_ONCE).andFailFast();
    }

    private static CaseView caseView(Case found, Plan plan, OrganisationNames.Names names, DiscussionDraft discussion,
            DecisionDraft decision, String error) {
        // a refused decision's form stays, so what was typed is not lost
        boolean mayDecide = "given".equals(found.consent()) || "not-needed".equals(found.consent()) || decision != null;
        DiscussionDraft typed = discussion != null ? discussion
                : new DiscussionDraft(found.consent() == null ? "" : found.consent(),
                        found.consentNote() == null ? "" : found.consentNote(),
                        found.discussion() == null ? "" : found.discussion());
        DecisionDraft decided = decision != null ? decision : new DecisionDraft("", ActionDraft.empty());
        Map<String, String> actionErrors = decided.action().isBlank() ? Map.of() : decided.action().problems();
        return new CaseView(found, plan, mayDecide, ActionDraft.owners(plan, names), typed, decided, actionErrors, error);
    }

    private static List<CarePlanApi.Attendee> withBlankRows(List<CarePlanApi.Attendee> attendees) {
        while (attendees.size() < ATTENDEE_ROWS) {
            attendees.add(new CarePlanApi.Attendee(null, "", "", ""));
        }
        return attendees;
    }

    private static Response seeMeeting(UUID id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/mdt/{id}").queryParam("done", done).build(id)).build();
    }

    private static String at(List<String> values, int n) {
        return values != null && n < values.size() ? values.get(n).strip() : "";
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
