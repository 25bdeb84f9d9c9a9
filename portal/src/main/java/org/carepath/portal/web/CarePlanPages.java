package org.carepath.portal.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.display.PlanDifferences;
import org.carepath.portal.display.StaffNames;
import org.carepath.portal.display.Wording;
import org.carepath.portal.services.CarePlanApi;
import org.carepath.portal.services.CarePlanApi.Action;
import org.carepath.portal.services.CarePlanApi.Plan;
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
 * A person's care plans and one plan: their needs, goals in their words, carers, actions with owners and due dates,
 * the care team, decisions, versions and the difference between two. Every change is sent with the version the page
 * showed; when someone else changed the plan meanwhile, the page says so rather than showing an error.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CarePlanPages {

    private static final int SHOWN = 50;
    private static final String GOAL_WITHOUT_NEED = "A goal is linked to a need the plan does not record: describe that"
            + " need above, or untick it under the goal";
    private static final String CHANGED_MEANWHILE = "Someone else changed this care plan while you were looking at it.";

    /** The status steps, in the words of the coordinator who takes them. */
    private static final Map<String, String> STEPS = Map.of(
            "activate", "Activate the plan",
            "hold", "Put the plan on hold",
            "resume", "Resume the plan",
            "complete", "Complete the plan",
            "revoke", "Revoke the plan");
    private static final List<String> STEP_ORDER = List.of("activate", "hold", "resume", "complete", "revoke");
    private static final List<String> MOVES = List.of("start", "complete", "cancel");
    /** What the page says after each change, by the {@code done} it is opened with. */
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("started", "The care plan has been started. You are its care coordinator."),
            Map.entry("revised", "The plan has been saved."),
            Map.entry("action", "The action has been added to the plan."),
            Map.entry("action-start", "The action has been started."),
            Map.entry("action-complete", "The action is done."),
            Map.entry("action-cancel", "The action has been cancelled."),
            Map.entry("activate", "The plan is active."),
            Map.entry("hold", "The plan is on hold."),
            Map.entry("resume", "The plan is active again."),
            Map.entry("complete", "The plan is completed."),
            Map.entry("revoke", "The plan has been revoked."));

    private final CarePlanApi careplans;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;
    private final Clock clock;

    public CarePlanPages(@RestClient CarePlanApi careplans, OrganisationNames organisations, SecurityIdentity signedIn,
            Clock clock) {
        this.careplans = careplans;
        this.organisations = organisations;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(StaffMember staff, String nhsNumber, List<CarePlanApi.PlanSummary> plans,
                OrganisationNames.Names names, PlanDraft draft, Map<String, String> errors, String error,
                boolean askWhy);

        static native TemplateInstance plan(StaffMember staff, PlanPage page, String error, String notice);

        static native TemplateInstance edit(StaffMember staff, Plan plan, PlanDraft draft, long version,
                Map<String, String> errors, String error, String notice);

        static native TemplateInstance action(StaffMember staff, Plan plan, ActionDraft draft,
                List<ActionDraft.OwnerChoice> owners, Map<String, String> errors, String error);

        static native TemplateInstance versions(StaffMember staff, Plan plan, List<VersionLine> versions, long from,
                long to, List<PlanDifferences.Row> differences, String error);

        /** A plan or meeting that cannot be shown: not the user's to see, or a service that did not answer. */
        static native TemplateInstance unavailable(StaffMember staff, String said);
    }

    /** Everything the plan's page shows. */
    public record PlanPage(Plan plan, OrganisationNames.Names names, StaffNames people, List<ActionLine> actions,
            List<CarePlanApi.Member> team, List<CarePlanApi.Decision> decisions, List<Step> steps,
            List<CarePlanApi.Meeting> meetings, String chosen, String reason) {
    }

    /** An action with its owner in words and whether it is late (open, and its due day is over in London). */
    public record ActionLine(Action action, String owner, boolean open, boolean overdue) {
    }

    public record Step(String code, String words) {
    }

    public record VersionLine(CarePlanApi.Version version, String by) {
    }

    @GET
    @Path("people/{nhsNumber}/care-plans")
    public Uni<Response> plans(@RestPath String nhsNumber) {
        return plansPage(nhsNumber, 200, PlanDraft.empty(), Map.of(), null, false);
    }

    @POST
    @Path("people/{nhsNumber}/care-plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> start(@RestPath String nhsNumber, MultivaluedMap<String, String> form) {
        PlanDraft draft = PlanDraft.from(form);
        boolean askWhy = form.containsKey("relationshipReason");
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return plansPage(nhsNumber, 400, draft.kept(), problems, problems.values().iterator().next(), askWhy);
        }
        return careplans.start(draft.newPlan(nhsNumber))
                .map(started -> Response.seeOther(URI.create("/care-plans/" + started.id() + "?done=started")).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (asksWhy(problem)) {
                        String said = "Say why your organisation is taking this person on: it has not accepted a"
                                + " referral for them";
                        return plansPage(nhsNumber, 400, draft.kept(), Map.of("relationshipReason", said), said, true);
                    }
                    return plansPage(nhsNumber, problem.pageStatus(), draft.kept(), fieldOf(problem), sentence(problem),
                            askWhy);
                });
    }

    @GET
    @Path("care-plans/{id}")
    public Uni<Response> plan(@RestPath UUID id, @RestQuery String done) {
        return planPage(id, 200, null, done == null ? null : DONE.get(done), null, "");
    }

    @POST
    @Path("care-plans/{id}/status")
    public Uni<Response> move(@RestPath UUID id, @RestForm String step, @RestForm String reason, @RestForm Long version) {
        String given = reason == null ? "" : reason.strip();
        if (step == null || !STEPS.containsKey(step)) {
            return planPage(id, 400, "Choose what to do with the plan", null, step, given);
        }
        if (version == null) {
            return planPage(id, 400, SeenVersion.MISSING + ": check the plan and choose again", null, step, given);
        }
        return careplans.move(id, step, SeenVersion.ifMatch(version), new CarePlanApi.Reason(given.isEmpty() ? null : given))
                .map(moved -> done(id, step))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> refused(id, (ServiceProblem) failure, step, given));
    }

    @POST
    @Path("care-plans/{id}/actions/{actionId}")
    public Uni<Response> moveAction(@RestPath UUID id, @RestPath UUID actionId, @RestForm String move,
            @RestForm String reason, @RestForm Long version) {
        String given = reason == null ? "" : reason.strip();
        if (move == null || !MOVES.contains(move)) {
            return planPage(id, 400, "Choose what has happened to the action", null, null, "");
        }
        if ("cancel".equals(move) && given.isEmpty()) {
            return planPage(id, 400, "Say why the action is cancelled", null, null, "");
        }
        if (version == null) {
            return planPage(id, 400, SeenVersion.MISSING + ": check the action and choose again", null, null, "");
        }
        return careplans.moveAction(id, actionId, move, SeenVersion.ifMatch(version),
                        new CarePlanApi.Reason(given.isEmpty() ? null : given))
                .map(moved -> done(id, "action-" + move))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> refused(id, (ServiceProblem) failure, null, ""));
    }

    @GET
    @Path("care-plans/{id}/edit")
    public Uni<Response> edit(@RestPath UUID id) {
        return careplans.plan(id)
                .map(plan -> Response.ok(Templates.edit(staff(), plan, PlanDraft.of(plan), plan.version(), Map.of(),
                        null, null)).build())
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    @POST
    @Path("care-plans/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revise(@RestPath UUID id, MultivaluedMap<String, String> form) {
        PlanDraft draft = PlanDraft.from(form);
        Long version = SeenVersion.of(form.getFirst("version"));
        if (version == null) {
            return keptWithVersionNow(id, draft, SeenVersion.MISSING + ".");
        }
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return editPage(id, 400, draft, version, problems, problems.values().iterator().next(), null);
        }
        return careplans.revise(id, SeenVersion.ifMatch(version), draft.content())
                .map(revised -> done(id, "revised"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 412) {
                        return keptWithVersionNow(id, draft, CHANGED_MEANWHILE);
                    }
                    return editPage(id, problem.notYours() ? 404 : problem.pageStatus(), draft, version, fieldOf(problem),
                            sentence(problem), null);
                });
    }

    // what was typed stays; the version becomes the plan's as it is now, so saving again is deliberate
    private Uni<Response> keptWithVersionNow(UUID id, PlanDraft draft, String why) {
        return careplans.plan(id).chain(now -> editPage(id, 409, draft, now.version(), Map.of(), null,
                why + " What you typed is kept below; check the plan as it is now (open it in a new tab) and save again."));
    }

    @GET
    @Path("care-plans/{id}/actions/new")
    public Uni<Response> newAction(@RestPath UUID id) {
        return actionPage(id, 200, ActionDraft.empty(), Map.of(), null);
    }

    @POST
    @Path("care-plans/{id}/actions")
    public Uni<Response> addAction(@RestPath UUID id, @RestForm String description, @RestForm String needsDomain,
            @RestForm String owner, @RestForm String practitioner, @RestForm String dueDate, @RestForm Long version) {
        ActionDraft draft = ActionDraft.typed(description, needsDomain, owner, practitioner, dueDate);
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return actionPage(id, 400, draft, problems, problems.values().iterator().next());
        }
        if (version == null) {
            return actionPage(id, 409, draft, Map.of(), SeenVersion.MISSING + ": check the action below and add it again.");
        }
        return careplans.assign(id, SeenVersion.ifMatch(version), new CarePlanApi.NewActions(List.of(draft.toAction())))
                .map(assigned -> done(id, "action"))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 412) {
                        return actionPage(id, 409, draft, Map.of(), CHANGED_MEANWHILE
                                + " Check the action below and add it again.");
                    }
                    return actionPage(id, problem.notYours() ? 404 : problem.pageStatus(), draft, fieldOf(problem),
                            sentence(problem));
                });
    }

    @GET
    @Path("care-plans/{id}/versions")
    public Uni<Response> versions(@RestPath UUID id) {
        return versionsPage(id, 0, 0, 200, null);
    }

    @GET
    @Path("care-plans/{id}/diff")
    public Uni<Response> diff(@RestPath UUID id, @RestQuery Long from, @RestQuery Long to) {
        if (from == null || to == null || from.equals(to)) {
            return versionsPage(id, from == null ? 0 : from, to == null ? 0 : to, 400, "Choose two different versions to compare");
        }
        return versionsPage(id, Math.min(from, to), Math.max(from, to), 200, null);
    }

    private Uni<Response> versionsPage(UUID id, long from, long to, int status, String error) {
        StaffMember staff = staff();
        return careplans.plan(id)
                .chain(plan -> careplans.versions(id, 0, 200)
                        .chain(found -> organisations.current()
                                .chain(names -> differences(plan, names, from, to, error == null)
                                        .map(rows -> {
                                            StaffNames people = people(plan);
                                            List<VersionLine> lines = found.items().stream()
                                                    .sorted(Comparator.comparingLong(CarePlanApi.Version::version).reversed())
                                                    .map(version -> new VersionLine(version, people.of(version.changedBy())))
                                                    .toList();
                                            long latest = lines.isEmpty() ? 0 : lines.get(0).version().version();
                                            return Response.status(status).entity(Templates.versions(staff, plan, lines,
                                                    from > 0 ? from : Math.max(1, latest - 1), to > 0 ? to : latest, rows,
                                                    error)).build();
                                        }))))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    private Uni<List<PlanDifferences.Row>> differences(Plan plan, OrganisationNames.Names names, long from, long to,
            boolean asked) {
        if (!asked || from < 1 || to < 1) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, String> descriptions = plan.actions().stream()
                .collect(Collectors.toMap(action -> action.id().toString(), Action::description, (a, b) -> a));
        return careplans.diff(plan.id(), from, to)
                .map(diff -> new PlanDifferences(names, descriptions).rows(diff.differences()));
    }

    private Uni<Response> plansPage(String nhsNumber, int status, PlanDraft draft, Map<String, String> errors,
            String error, boolean askWhy) {
        StaffMember staff = staff();
        return careplans.plansOf(nhsNumber, 0, SHOWN)
                .chain(found -> organisations.current().map(names -> Response.status(status)
                        .entity(Templates.plans(staff, nhsNumber, found.items(), names, draft, errors, error, askWhy))
                        .build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    private Uni<Response> planPage(UUID id, int status, String error, String notice, String chosen, String reason) {
        StaffMember staff = staff();
        return careplans.plan(id)
                .chain(plan -> careplans.decisions(id, 0, SHOWN)
                        .chain(decisions -> organisations.current()
                                .chain(names -> meetingsToAddTo()
                                        .map(meetings -> Response.status(status).entity(Templates.plan(staff,
                                                page(plan, names, decisions.items(), meetings, chosen, reason), error,
                                                notice)).build()))))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    /** The user's organisation's meetings, to put the person on one; none when that list cannot be read. */
    private Uni<List<CarePlanApi.Meeting>> meetingsToAddTo() {
        return careplans.meetings(0, 20)
                .map(CarePlanApi.Meetings::items)
                .onFailure(ServiceProblem.class).recoverWithItem(List.of());
    }

    private PlanPage page(Plan plan, OrganisationNames.Names names, List<CarePlanApi.Decision> decisions,
            List<CarePlanApi.Meeting> meetings, String chosen, String reason) {
        LocalDate today = LocalDate.now(clock.withZone(Wording.LONDON));
        List<ActionLine> actions = plan.actions().stream().map(action -> {
            boolean open = "planned".equals(action.status()) || "in-progress".equals(action.status());
            return new ActionLine(action, owner(action.owner(), names), open,
                    open && action.dueDate() != null && action.dueDate().isBefore(today));
        }).toList();
        List<CarePlanApi.Member> team = plan.members().stream().filter(member -> member.leftAt() == null).toList();
        return new PlanPage(plan, names, people(plan), actions, team, decisions, steps(plan), meetings, chosen, reason);
    }

    /** The steps the plan's state allows, offered to its coordinator and to managers (the service decides). */
    private List<Step> steps(Plan plan) {
        String me = StaffMember.userIdOf(signedIn);
        boolean leads = plan.coordinator() != null && plan.coordinator().userId().equals(me)
                || staff().roles().contains("manager");
        return leads ? STEP_ORDER.stream().filter(plan.allowedActions()::contains)
                .map(code -> new Step(code, STEPS.get(code))).toList() : List.of();
    }

    private Uni<Response> editPage(UUID id, int status, PlanDraft draft, long version, Map<String, String> errors,
            String error, String notice) {
        StaffMember staff = staff();
        return careplans.plan(id)
                .map(plan -> Response.status(status)
                        .entity(Templates.edit(staff, plan, draft.kept(), version, errors, error, notice)).build())
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    private Uni<Response> actionPage(UUID id, int status, ActionDraft draft, Map<String, String> errors, String error) {
        StaffMember staff = staff();
        return careplans.plan(id)
                .chain(plan -> organisations.current().map(names -> Response.status(status)
                        .entity(Templates.action(staff, plan, draft, ActionDraft.owners(plan, names), errors, error))
                        .build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> unavailable((ServiceProblem) failure));
    }

    private Uni<Response> refused(UUID id, ServiceProblem problem, String step, String reason) {
        if (problem.status() == 412) {
            return planPage(id, 409, null, CHANGED_MEANWHILE + " It is shown as it is now: check it and try again.",
                    step, reason);
        }
        return planPage(id, problem.notYours() ? 404 : problem.pageStatus(), PersonPages.sentence(problem), null, step,
                reason);
    }

    private Response unavailable(ServiceProblem problem) {
        return unavailable(staff(), problem, "There is no such care plan that you may see.");
    }

    static Response unavailable(StaffMember staff, ServiceProblem problem, String notYours) {
        return Response.status(problem.notYours() ? 404 : problem.pageStatus())
                .entity(Templates.unavailable(staff, problem.notYours() ? notYours : PersonPages.sentence(problem))).build();
    }

    private StaffNames people(Plan plan) {
        return StaffNames.of(plan).and(StaffMember.userIdOf(signedIn), staff().name());
    }

    static String owner(CarePlanApi.Owner owner, OrganisationNames.Names names) {
        if (owner == null) {
            return "";
        }
        return (owner.name() == null ? "" : owner.name() + ", ") + names.of(owner.organisation())
                + (owner.team() == null ? "" : " (" + Wording.humane(owner.team()) + ")");
    }

    /** careplan-service asks why the user's organisation takes the person on when it accepted no referral for them. */
    private static boolean asksWhy(ServiceProblem problem) {
        return problem.status() == 400 && problem.detail() != null && problem.detail().contains("relationshipReason");
    }

    /** A rule the service names, said next to the field it is about (in words: its detail names domains by code). */
    private static Map<String, String> fieldOf(ServiceProblem problem) {
        return switch (problem.code() == null ? "" : problem.code()) {
            case "goal-without-need" -> Map.of("goals", GOAL_WITHOUT_NEED);
            case "need-recorded-twice" -> Map.of("needs", "Describe each need once, in the domain it belongs to");
            case "not-on-care-team" -> Map.of("owner", "Choose one of the care team's organisations and teams to do it");
            default -> Map.of();
        };
    }

    /** The page's sentence for a refusal: the field's own words where the rule has them, else the service's. */
    private static String sentence(ServiceProblem problem) {
        Map<String, String> byField = fieldOf(problem);
        return byField.isEmpty() ? PersonPages.sentence(problem) : byField.values().iterator().next();
    }

    private static Response done(UUID id, String what) {
        return Response.seeOther(UriBuilder.fromPath("/care-plans/{id}").queryParam("done", what).build(id)).build();
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
