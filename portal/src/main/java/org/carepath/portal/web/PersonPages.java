package org.carepath.portal.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.services.IdentityApi;
import org.carepath.portal.services.IdentityApi.Journey;
import org.carepath.portal.services.IdentityApi.Objection;
import org.carepath.portal.services.ServiceProblem;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Find a person by NHS number, then their journey across the sectors; break-glass when there is no relationship. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PersonPages {

    private static final int PAGE_SIZE = 25;
    // spaces are how NHS numbers are written ("943 476 5919"); the Modulus 11 check is identity-service's
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final IdentityApi identity;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;

    public PersonPages(@RestClient IdentityApi identity, OrganisationNames organisations, SecurityIdentity signedIn) {
        this.identity = identity;
        this.organisations = organisations;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(StaffMember staff, String nhsNumber, String error);

        static native TemplateInstance journey(StaffMember staff, Journey journey, OrganisationNames.Names names,
                List<Objection> objections, String sector, Instant accessUntil, Paging paging);

        static native TemplateInstance noAccess(StaffMember staff, String nhsNumber, String reason, String error);

        static native TemplateInstance unavailable(StaffMember staff, String what);
    }

    /** Previous and next pages of the journey, as links that keep the filter. */
    public record Paging(int page, int pages, long total, String previous, String next) {
    }

    @GET
    public TemplateInstance home() {
        return Templates.find(staff(), "", null);
    }

    @GET
    @Path("people")
    public Object find(@RestQuery String nhsNumber) {
        String typed = nhsNumber == null ? "" : nhsNumber.trim();
        String digits = typed.replace(" ", "");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            return Response.status(400).entity(Templates.find(staff(), typed,
                    "Enter the NHS number as 10 digits, like 943 476 5919")).build();
        }
        return Response.seeOther(URI.create("/people/" + digits)).build();
    }

    @GET
    @Path("people/{nhsNumber}")
    public Uni<Response> journey(@RestPath String nhsNumber, @RestQuery String sector, @RestQuery Integer page,
            @RestQuery Instant accessUntil) {
        String filter = sector == null || sector.isBlank() ? null : sector;
        int current = page == null || page < 0 ? 0 : page;
        return identity.journey(nhsNumber, filter, current, PAGE_SIZE)
                .chain(journey -> organisations.current()
                        .chain(names -> identity.objections(nhsNumber)
                                .onFailure(ServiceProblem.class).recoverWithItem(List.of())
                                .map(objections -> page(Templates.journey(staff(), journey, names, objections, filter,
                                        "break-glass".equals(journey.basis()) ? accessUntil : null,
                                        paging(nhsNumber, filter, journey))))))
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> refused(nhsNumber, (ServiceProblem) failure));
    }

    @POST
    @Path("people/{nhsNumber}/break-glass")
    public Uni<Response> breakGlass(@RestPath String nhsNumber, @RestForm String reason) {
        String given = reason == null ? "" : reason.trim();
        if (given.isEmpty()) {
            return Uni.createFrom().item(Response.status(400)
                    .entity(Templates.noAccess(staff(), nhsNumber, given, "Say why you need emergency access")).build());
        }
        return identity.breakGlass(nhsNumber, new IdentityApi.Emergency(given))
                .map(grant -> Response.seeOther(UriBuilder.fromPath("/people/{nhs}")
                        .queryParam("accessUntil", grant.expiresAt()).build(nhsNumber)).build())
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    return Response.status(problem.pageStatus())
                            .entity(Templates.noAccess(staff(), nhsNumber, given, sentence(problem))).build();
                });
    }

    private Response refused(String nhsNumber, ServiceProblem problem) {
        StaffMember staff = staff();
        if (problem.notYours()) {
            // the same page whether the record exists or not: the service told the portal no more than that
            return Response.status(404).entity(Templates.noAccess(staff, nhsNumber, "", null)).build();
        }
        if (problem.status() == 400) {
            return Response.status(400).entity(Templates.find(staff, nhsNumber, sentence(problem))).build();
        }
        return Response.status(503).entity(Templates.unavailable(staff, "this person's journey")).build();
    }

    private static Paging paging(String nhsNumber, String sector, Journey journey) {
        int pages = (int) Math.max(1, (journey.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Paging(journey.page(), pages, journey.total(),
                journey.page() > 0 ? link(nhsNumber, sector, journey.page() - 1) : null,
                journey.page() + 1 < pages ? link(nhsNumber, sector, journey.page() + 1) : null);
    }

    private static String link(String nhsNumber, String sector, int page) {
        UriBuilder link = UriBuilder.fromPath("/people/{nhs}").queryParam("page", page);
        if (sector != null) {
            link.queryParam("sector", sector);
        }
        return link.build(nhsNumber).toString();
    }

    /** A problem as a sentence a person can act on. */
    static String sentence(ServiceProblem problem) {
        if (problem.unavailable()) {
            return "The service is busy or not reachable. Try again in a minute.";
        }
        return problem.detail() != null ? capitalised(problem.detail()) : problem.title();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Response page(TemplateInstance page) {
        return Response.ok(page).build();
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
