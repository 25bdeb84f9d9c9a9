package org.carepath.portal.web;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.services.DischargeApi;
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
 * The hospital delays attributed to the user's organisation (the referral each waits on is one it received): the same
 * facts the hospital's board shows, how far that referral has got, and the organisation's answer. Staff who answer for
 * it acknowledge a delay or dispute it with a reason, sent with the version they saw.
 */
@Path("/delays")
@Produces(MediaType.TEXT_HTML)
public class DelayPages {

    private static final int SHOWN = 50;
    private static final List<String> ANSWERS = List.of("acknowledge", "dispute");

    private final DischargeApi discharge;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;

    public DelayPages(@RestClient DischargeApi discharge, OrganisationNames organisations, SecurityIdentity signedIn) {
        this.discharge = discharge;
        this.organisations = organisations;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attributed(StaffMember staff, List<DischargeApi.AttributedDelay> delays, long total,
                OrganisationNames.Names names, Answering typed, String error, String notice);
    }

    /** The answer a member of staff was giving and the reason typed, kept through a refusal. */
    public record Answering(UUID delayId, String answer, String reason) {

        static final Answering NONE = new Answering(null, null, "");

        public boolean isFor(UUID delay) {
            return delay.equals(delayId);
        }
    }

    @GET
    public Uni<Response> attributed(@RestQuery String done) {
        String notice = "acknowledge".equals(done) ? "The delay is acknowledged; the hospital sees it so."
                : "dispute".equals(done) ? "The delay is disputed; the hospital sees your reason." : null;
        return page(200, Answering.NONE, null, notice);
    }

    @POST
    @Path("{episodeId}/{delayId}")
    public Uni<Response> answer(@RestPath UUID episodeId, @RestPath UUID delayId, @RestForm String answer,
            @RestForm String reason, @RestForm Long version) {
        Answering typed = new Answering(delayId, answer, reason == null ? "" : reason.trim());
        if (answer == null || !ANSWERS.contains(answer)) {
            return page(400, typed, "Choose to acknowledge or dispute the delay", null);
        }
        if ("dispute".equals(answer) && typed.reason().isEmpty()) {
            return page(400, typed, "Say why you dispute the delay", null);
        }
        if (version == null) {
            return page(400, typed, SeenVersion.MISSING + ": check the delay and answer again", null);
        }
        return discharge.answer(episodeId, delayId, answer, SeenVersion.ifMatch(version),
                        new DischargeApi.Reason(typed.reason().isEmpty() ? null : typed.reason()))
                .map(answered -> Response.seeOther(UriBuilder.fromPath("/delays").queryParam("done", answer).build()).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    String said = problem.status() == 412
                            ? "Someone else changed this stay while you were looking at it. It is shown as it is now:"
                                    + " check the delay and answer again."
                            : problem.notYours() ? "That delay is not attributed to your organisation."
                            : PersonPages.sentence(problem);
                    return page(problem.status() == 412 ? 409 : problem.pageStatus(), typed, said, null);
                });
    }

    private Uni<Response> page(int status, Answering typed, String error, String notice) {
        StaffMember staff = StaffMember.of(signedIn);
        return discharge.attributed(0, SHOWN)
                .chain(found -> organisations.current().map(names -> Response.status(status)
                        .entity(Templates.attributed(staff, found.items(), found.total(), names, typed, error, notice))
                        .build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                        .status(((ServiceProblem) failure).pageStatus())
                        .entity(Templates.attributed(staff, List.of(), 0, null, typed,
                                PersonPages.sentence((ServiceProblem) failure), null))
                        .build());
    }
}
