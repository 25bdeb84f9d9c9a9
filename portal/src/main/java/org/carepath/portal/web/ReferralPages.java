package org.carepath.portal.web;

import java.time.Clock;
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
import org.carepath.portal.display.TimeLeft;
import org.carepath.portal.services.DirectoryApi;
import org.carepath.portal.services.ReferralsApi;
import org.carepath.portal.services.ReferralsApi.Referral;
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
 * The triage worklist of the user's teams and a referral with the decisions its user may take. A decision is sent
 * with the version the user saw: when someone else changed the referral meanwhile, the page says so and shows it as
 * it is now, rather than an error.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReferralPages {

    private static final int PAGE_SIZE = 25;

    /** The steps the portal offers here, in the words of the side that takes them; redirect has its own page (a service to choose). */
    private static final Map<String, String> RECEIVING_STEPS = Map.of(
            "receive", "Mark as received",
            "accept", "Accept",
            "reject", "Reject",
            "start", "Start the service",
            "hold", "Put on hold",
            "resume", "Resume",
            "complete", "Complete");
    private static final Map<String, String> REFERRING_STEPS = Map.of("cancel", "Cancel the referral");
    private static final List<String> NEED_A_REASON = List.of("reject", "hold", "cancel");
    private static final List<String> RISK_GRADES = List.of("high", "medium", "low");
    /** referrals-service grades risk once the referral is received, and may grade it again after accepting. */
    private static final List<String> GRADED_WHILE = List.of("received", "accepted");
    private static final int SERVICES_SHOWN = 50;
    private static final String SOMEONE_ELSE = "Someone else changed this referral while you were looking at it."
            + " It is shown as it is now: check it and decide again.";

    private final ReferralsApi referrals;
    private final DirectoryApi directory;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;
    private final Clock clock;

    public ReferralPages(@RestClient ReferralsApi referrals, @RestClient DirectoryApi directory,
            OrganisationNames organisations, SecurityIdentity signedIn, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.organisations = organisations;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(StaffMember staff, List<WorkItem> items, long total, String error);

        static native TemplateInstance referral(StaffMember staff, Referral referral, OrganisationNames.Names names,
                String timeLeft, boolean overdue, List<Step> steps, boolean mayGrade, List<String> grades, Decision typed,
                String error, String notice);

        static native TemplateInstance redirect(StaffMember staff, Referral referral, OrganisationNames.Names names,
                List<DirectoryApi.Service> services, Search search, Redirecting typed, String error, String duplicate);
    }

    /**
     * What the user typed on the referral page, kept through a refusal.
     *
     * @param form which form it came from ({@code decision} or {@code grade}), where the error is shown
     */
    public record Decision(String form, String step, String reason, String grade, String notes) {

        static final Decision NONE = new Decision(null, null, "", null, "");

        /** The grade shown chosen: the one typed, else the referral's own. */
        Decision gradedAs(String current) {
            return grade != null ? this : new Decision(form, step, reason, current, notes);
        }
    }

    /** The directory search on the redirect page. */
    public record Search(String name, String sector, String area) {
    }

    /** What the triager chose and typed to redirect, kept through a refusal. */
    public record Redirecting(UUID serviceId, String reason, String duplicateReason) {
    }

    /** A worklist line with its time left said in words. */
    public record WorkItem(ReferralsApi.Line line, String referrer, String timeLeft, boolean overdue) {
    }

    /** A decision the user may take: its code, its words, and whether it needs a reason. */
    public record Step(String code, String words, boolean needsReason) {
    }

    @GET
    @Path("triage")
    public Uni<Response> worklist(@RestQuery Integer page) {
        int current = page == null || page < 0 ? 0 : page;
        return referrals.worklist(current, PAGE_SIZE)
                .chain(found -> organisations.current().map(names -> Response.ok(Templates.worklist(staff(),
                        found.items().stream().map(line -> new WorkItem(line, names.of(line.referringOrganisation()),
                                TimeLeft.until(line.dueAt(), clock.instant()),
                                TimeLeft.overdue(line.dueAt(), clock.instant()))).toList(),
                        found.total(), null)).build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    String said = problem.status() == 403
                            ? "Only a triager of a receiving team has a worklist. Ask your manager if you should be one."
                            : PersonPages.sentence(problem);
                    return Response.status(problem.pageStatus())
                            .entity(Templates.worklist(staff(), List.of(), 0, said)).build();
                });
    }

    @GET
    @Path("referrals/{id}")
    public Uni<Response> referral(@RestPath UUID id, @RestQuery String done) {
        String notice = done == null ? null : switch (done) {
            case "sent" -> "Your referral has been sent.";
            case "redirect" -> "The referral has been redirected; the onward referral is linked below.";
            case "grade" -> "The risk grade has been recorded.";
            default -> wordsFor(done) == null ? null : "Done: " + wordsFor(done).toLowerCase() + ".";
        };
        return page(id, 200, Decision.NONE, null, notice);
    }

    @POST
    @Path("referrals/{id}/decision")
    public Uni<Response> decide(@RestPath UUID id, @RestForm String step, @RestForm String reason, @RestForm Long version) {
        Decision typed = new Decision("decision", step, reason == null ? "" : reason.trim(), null, "");
        if (step == null || wordsFor(step) == null) {
            return page(id, 400, typed, "Choose what to do with the referral", null);
        }
        if (NEED_A_REASON.contains(step) && typed.reason().isEmpty()) {
            return page(id, 400, typed, "Say why (" + wordsFor(step).toLowerCase() + ")", null);
        }
        if (version == null) {
            return page(id, 400, typed, SeenVersion.MISSING + ": check the referral and decide again", null);
        }
        String given = typed.reason().isEmpty() ? null : typed.reason();
        return done(id, step, typed, referrals.act(id, step, SeenVersion.ifMatch(version), new ReferralsApi.Reason(given)));
    }

    @POST
    @Path("referrals/{id}/grade")
    public Uni<Response> grade(@RestPath UUID id, @RestForm String riskGrade, @RestForm String notes, @RestForm Long version) {
        Decision typed = new Decision("grade", null, "", riskGrade, notes == null ? "" : notes.trim());
        if (riskGrade == null || !RISK_GRADES.contains(riskGrade)) {
            return page(id, 400, typed, "Choose the risk: high, medium or low", null);
        }
        if (version == null) {
            return page(id, 400, typed, SeenVersion.MISSING + ": check the referral and grade it again", null);
        }
        return done(id, "grade", typed, referrals.grade(id, SeenVersion.ifMatch(version),
                new ReferralsApi.Grading(riskGrade, typed.notes().isEmpty() ? null : typed.notes())));
    }

    @GET
    @Path("referrals/{id}/redirect")
    public Uni<Response> redirectPage(@RestPath UUID id, @RestQuery String name, @RestQuery String sector,
            @RestQuery String area) {
        return redirectPage(id, new Search(ReferPages.blankToNull(name), ReferPages.blankToNull(sector), ReferPages.blankToNull(area)),
                new Redirecting(null, "", null), 200, null, null);
    }

    @POST
    @Path("referrals/{id}/redirect")
    public Uni<Response> redirect(@RestPath UUID id, @RestForm UUID serviceId, @RestForm String reason,
            @RestForm String duplicateReason, @RestForm Long version, @RestForm String name, @RestForm String sector,
            @RestForm String area) {
        Search search = new Search(ReferPages.blankToNull(name), ReferPages.blankToNull(sector), ReferPages.blankToNull(area));
        Redirecting typed = new Redirecting(serviceId, reason == null ? "" : reason.trim(), ReferPages.blankToNull(duplicateReason));
        if (serviceId == null) {
            return redirectPage(id, search, typed, 400, "Choose the service to redirect the referral to", null);
        }
        if (typed.reason().isEmpty()) {
            return redirectPage(id, search, typed, 400, "Say why the referral is better with that service", null);
        }
        if (version == null) {
            return redirectPage(id, search, typed, 400, SeenVersion.MISSING + ": check the referral and try again", null);
        }
        return referrals.redirect(id, SeenVersion.ifMatch(version),
                        new ReferralsApi.Redirect(serviceId, typed.reason(), typed.duplicateReason()))
                .map(done -> Response.seeOther(UriBuilder.fromPath("/referrals/{id}").queryParam("done", "redirect")
                        .build(id)).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 412) {
                        return page(id, 409, Decision.NONE, null, SOMEONE_ELSE);
                    }
                    if (problem.status() == 409 && typed.duplicateReason() == null) {
                        // the person already has an open referral to that service: confirm with a reason, as on refer
                        return redirectPage(id, search, typed, 409, null, problem.title() + ".");
                    }
                    return redirectPage(id, search, typed, problem.notYours() ? 404 : problem.pageStatus(),
                            PersonPages.sentence(problem), null);
                });
    }

    /** After a step: back to the referral with what was done, or the page as it is now with why not. */
    private Uni<Response> done(UUID id, String step, Decision typed, Uni<Referral> call) {
        return call
                .map(done -> Response.seeOther(UriBuilder.fromPath("/referrals/{id}").queryParam("done", step).build(id))
                        .build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 412) {
                        return page(id, 409, new Decision(null, null, typed.reason(), null, typed.notes()), null,
                                SOMEONE_ELSE);
                    }
                    return page(id, problem.notYours() ? 404 : problem.pageStatus(), typed,
                            PersonPages.sentence(problem), null);
                });
    }

    private Uni<Response> page(UUID id, int status, Decision typed, String error, String notice) {
        StaffMember staff = staff();
        return referrals.referral(id)
                .chain(referral -> organisations.current().map(names -> Response.status(status)
                        .entity(Templates.referral(staff, referral, names, TimeLeft.until(referral.dueAt(), clock.instant()),
                                TimeLeft.overdue(referral.dueAt(), clock.instant()), steps(referral, staff),
                                mayGrade(referral, staff), RISK_GRADES, typed.gradedAs(referral.riskGrade()), error,
                                notice))
                        .build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> notShown(staff, (ServiceProblem) failure));
    }

    private Uni<Response> redirectPage(UUID id, Search search, Redirecting typed, int status, String error,
            String duplicate) {
        StaffMember staff = staff();
        return referrals.referral(id)
                .chain(referral -> directory.services(search.name(), search.sector(), search.area(), false, 0, SERVICES_SHOWN)
                        .chain(found -> organisations.current().map(names -> Response.status(status)
                                .entity(Templates.redirect(staff, referral, names, found.items(), search, typed, error,
                                        duplicate))
                                .build())))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> notShown(staff, (ServiceProblem) failure));
    }

    private static Response notShown(StaffMember staff, ServiceProblem problem) {
        return problem.notYours()
                ? Response.status(404).entity(Templates.worklist(staff, List.of(), 0,
                        "There is no such referral that you may see.")).build()
                : Response.status(503).entity(Templates.worklist(staff, List.of(), 0,
                        PersonPages.sentence(problem))).build();
    }

    /** The receiving side's triager grades risk while the referral is received or accepted. */
    private static boolean mayGrade(Referral referral, StaffMember staff) {
        return staff.mayTriage() && receiving(referral, staff) && GRADED_WHILE.contains(referral.status());
    }

    private static boolean receiving(Referral referral, StaffMember staff) {
        return referral.targetOrganisation() != null && referral.targetOrganisation().equals(staff.organisation());
    }

    /** The steps the referral's state allows that the user's side takes (the service still checks roles). */
    private static List<Step> steps(Referral referral, StaffMember staff) {
        boolean receiving = receiving(referral, staff);
        boolean referring = referral.referrer() != null && referral.referrer().organisation() != null
                && referral.referrer().organisation().equals(staff.organisation());
        return referral.allowedActions().stream()
                .filter(code -> receiving && RECEIVING_STEPS.containsKey(code) || referring && REFERRING_STEPS.containsKey(code))
                .map(code -> new Step(code, wordsFor(code), NEED_A_REASON.contains(code)))
                .toList();
    }

    private static String wordsFor(String code) {
        return RECEIVING_STEPS.getOrDefault(code, REFERRING_STEPS.get(code));
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
