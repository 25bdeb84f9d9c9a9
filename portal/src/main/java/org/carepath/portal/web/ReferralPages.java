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
import org.carepath.portal.services.ReferralsApi;
import org.carepath.portal.services.ReferralsApi.Referral;
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

    /** The steps the portal offers, in the words of the side that takes them; redirect needs a service chosen, not yet here. */
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

    private final ReferralsApi referrals;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;
    private final Clock clock;

    public ReferralPages(@RestClient ReferralsApi referrals, OrganisationNames organisations, SecurityIdentity signedIn,
            Clock clock) {
        this.referrals = referrals;
        this.organisations = organisations;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(StaffMember staff, List<WorkItem> items, long total, String error);

        static native TemplateInstance referral(StaffMember staff, Referral referral, OrganisationNames.Names names,
                String timeLeft, boolean overdue, List<Step> steps, String chosen, String reason, String error,
                String notice);
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
        String notice = "sent".equals(done) ? "Your referral has been sent."
                : done == null || wordsFor(done) == null ? null : "Done: " + wordsFor(done).toLowerCase() + ".";
        return page(id, 200, null, "", null, notice);
    }

    @POST
    @Path("referrals/{id}/decision")
    public Uni<Response> decide(@RestPath UUID id, @RestForm String step, @RestForm String reason, @RestForm Long version) {
        String given = reason == null ? "" : reason.trim();
        if (step == null || wordsFor(step) == null) {
            return page(id, 400, step, given, "Choose what to do with the referral", null);
        }
        if (NEED_A_REASON.contains(step) && given.isEmpty()) {
            return page(id, 400, step, given, "Say why (" + wordsFor(step).toLowerCase() + ")", null);
        }
        if (version == null) {
            return page(id, 400, step, given, "The page was out of date: check the referral and decide again", null);
        }
        return referrals.act(id, step, "\"" + version + "\"", new ReferralsApi.Reason(given.isEmpty() ? null : given))
                .map(done -> Response.seeOther(UriBuilder.fromPath("/referrals/{id}").queryParam("done", step).build(id))
                        .build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 412) {
                        return page(id, 409, null, given, null, "Someone else changed this referral while you were"
                                + " looking at it. It is shown as it is now: check it and decide again.");
                    }
                    return page(id, problem.notYours() ? 404 : problem.pageStatus(), step, given,
                            PersonPages.sentence(problem), null);
                });
    }

    private Uni<Response> page(UUID id, int status, String chosen, String reason, String error, String notice) {
        StaffMember staff = staff();
        return referrals.referral(id)
                .chain(referral -> organisations.current().map(names -> Response.status(status)
                        .entity(Templates.referral(staff, referral, names, TimeLeft.until(referral.dueAt(), clock.instant()),
                                TimeLeft.overdue(referral.dueAt(), clock.instant()), steps(referral, staff), chosen, reason,
                                error, notice))
                        .build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    return problem.notYours()
                            ? Response.status(404).entity(Templates.worklist(staff, List.of(), 0,
                                    "There is no such referral that you may see.")).build()
                            : Response.status(503).entity(Templates.worklist(staff, List.of(), 0,
                                    PersonPages.sentence(problem))).build();
                });
    }

    /** The steps the referral's state allows that the user's side takes (the service still checks roles). */
    private static List<Step> steps(Referral referral, StaffMember staff) {
        boolean receiving = referral.targetOrganisation() != null && referral.targetOrganisation().equals(staff.organisation());
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
