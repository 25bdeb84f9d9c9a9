package org.carepath.portal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.services.DirectoryApi;
import org.carepath.portal.services.ReferralsApi;
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
 * Refer: find a service in the directory (a retiring one says where it has moved), then send the referral. An open
 * referral of the person to the same service is shown as a warning to confirm with a reason, not a dead end.
 */
@Path("/refer")
@Produces(MediaType.TEXT_HTML)
public class ReferPages {

    private static final int SHOWN = 50;

    /** The needs domains referrals-service takes, in the order a referrer reads them. */
    static final List<String> NEEDS = List.of("physical-health", "mental-health-and-wellbeing",
            "personal-care-and-daily-living", "mobility-and-falls", "social-contact-and-loneliness", "housing",
            "finances-and-benefits", "carers-needs", "end-of-life-wishes");
    static final List<String> PRIORITIES = List.of("routine", "urgent", "emergency");
    static final List<String> CONSENT = List.of("consent-given", "best-interests-decision", "legal-duty");

    private final DirectoryApi directory;
    private final ReferralsApi referrals;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;

    public ReferPages(@RestClient DirectoryApi directory, @RestClient ReferralsApi referrals,
            OrganisationNames organisations, SecurityIdentity signedIn) {
        this.directory = directory;
        this.referrals = referrals;
        this.organisations = organisations;
        this.signedIn = signedIn;
    }

    /** What the referrer typed, kept through every refusal. */
    public record Draft(String nhsNumber, String name, String reason, List<String> needs, String priority,
            String consentBasis, AttachedAssessments assessments, String duplicateReason) {

        public boolean needs(String code) {
            return needs.contains(code);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(StaffMember staff, List<DirectoryApi.Service> services,
                Map<UUID, String> movedTo, OrganisationNames.Names names, String name, String sector, String area,
                String nhsNumber, String error);

        static native TemplateInstance form(StaffMember staff, DirectoryApi.Service service, OrganisationNames.Names names,
                Draft draft, List<String> needs, List<String> priorities, List<String> consent, String error,
                String duplicate);
    }

    @GET
    public Uni<Response> search(@RestQuery String name, @RestQuery String sector, @RestQuery String area,
            @RestQuery String nhsNumber) {
        String named = blankToNull(name);
        String inSector = blankToNull(sector);
        String inArea = blankToNull(area);
        return directory.services(named, inSector, inArea, false, 0, SHOWN)
                .chain(found -> successorNames(found.items())
                        .chain(movedTo -> organisations.current().map(names -> Response.ok(Templates.search(staff(),
                                found.items(), movedTo, names, named, inSector, inArea, nhsNumber, null)).build())))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> organisations.current()
                        .map(names -> Response.status(problemStatus(failure)).entity(Templates.search(staff(), List.of(),
                                Map.of(), names, named, inSector, inArea, nhsNumber,
                                PersonPages.sentence((ServiceProblem) failure))).build()));
    }

    @GET
    @Path("{serviceId}")
    public Uni<Response> form(@RestPath UUID serviceId, @RestQuery String nhsNumber) {
        Draft draft = new Draft(nhsNumber == null ? "" : nhsNumber, "", "", List.of(), "routine", "consent-given",
                AttachedAssessments.none(), null);
        return page(serviceId, draft, 200, null, null);
    }

    @POST
    @Path("{serviceId}")
    public Uni<Response> send(@RestPath UUID serviceId, @RestForm String nhsNumber, @RestForm String name,
            @RestForm String reason, @RestForm List<String> needs, @RestForm String priority,
            @RestForm String consentBasis, @RestForm List<String> assessmentTitle,
            @RestForm List<String> assessmentReference, @RestForm List<String> assessmentCompletedOn,
            @RestForm List<String> assessmentSummary, @RestForm String duplicateReason) {
        Draft draft = new Draft(trimmed(nhsNumber), trimmed(name), trimmed(reason), needs == null ? List.of() : needs,
                priority, consentBasis,
                AttachedAssessments.read(assessmentTitle, assessmentReference, assessmentCompletedOn, assessmentSummary),
                blankToNull(duplicateReason));
        if (draft.needs().isEmpty()) {
            return page(serviceId, draft, 400, "Choose at least one need the referral is about", null);
        }
        String unfinished = draft.assessments().problem();
        if (unfinished != null) {
            return page(serviceId, draft, 400, unfinished, null);
        }
        var submission = new ReferralsApi.Submission(
                new ReferralsApi.Subject(draft.nhsNumber().replace(" ", ""), blankToNull(draft.name())), serviceId,
                draft.reason(), draft.needs(), draft.priority(), draft.consentBasis(),
                draft.assessments().toSend(staff().organisation()), draft.duplicateReason());
        return referrals.submit(submission)
                .map(sent -> Response.seeOther(URI.create("/referrals/" + sent.id() + "?done=sent")).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    if (problem.status() == 409) {
                        // the title says it in words; the detail names the open referral by its id
                        return page(serviceId, draft, 409, null, problem.title() + ".");
                    }
                    return page(serviceId, draft, problem.pageStatus(), PersonPages.sentence(problem), null);
                });
    }

    private Uni<Response> page(UUID serviceId, Draft draft, int status, String error, String duplicate) {
        return directory.service(serviceId)
                .chain(service -> organisations.current().map(names -> Response.status(status).entity(Templates.form(
                        staff(), service, names, draft, NEEDS, PRIORITIES, CONSENT, error, duplicate)).build()))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> organisations.current()
                        .map(names -> Response.status(problemStatus(failure)).entity(Templates.search(staff(), List.of(),
                                Map.of(), names, null, null, null, draft.nhsNumber(),
                                ((ServiceProblem) failure).notYours() ? "There is no such service in the directory."
                                        : PersonPages.sentence((ServiceProblem) failure))).build()));
    }

    /** Where each retiring service has moved: its successor's name, read from the directory. */
    private Uni<Map<UUID, String>> successorNames(List<DirectoryApi.Service> services) {
        List<UUID> successors = services.stream().map(DirectoryApi.Service::successorServiceId)
                .filter(Objects::nonNull).distinct().toList();
        if (successors.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.join().all(successors.stream().map(directory::service).toList()).andCollectFailures()
                .map(found -> found.stream().collect(Collectors.toMap(DirectoryApi.Service::id, DirectoryApi.Service::name)))
                .onFailure().recoverWithItem(Map.of());
    }

    private static int problemStatus(Throwable failure) {
        ServiceProblem problem = (ServiceProblem) failure;
        return problem.notYours() ? 404 : problem.pageStatus();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
