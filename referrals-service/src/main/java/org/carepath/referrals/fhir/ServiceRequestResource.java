package org.carepath.referrals.fhir;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.api.Limits;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.Fhir;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.referral.ReferralSearch;
import org.carepath.referrals.referral.ReferralService;
import org.carepath.referrals.referral.Submissions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.parser.DataFormatException;
import io.smallrye.mutiny.Uni;

/** The referral as a FHIR ServiceRequest: create is a submit, with the REST API's rules, refusals and events. */
@AuditedReads("referral")
@Path("/fhir/ServiceRequest")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
@Consumes({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML })
public class ServiceRequestResource {

    private static final Set<String> SEARCH = Set.of("_id", "subject:identifier", "patient:identifier", "patient.identifier",
            "status", "performer", "_lastUpdated");

    private final ReferralService referrals;
    private final Submissions submissions;
    private final CurrentActor actor;
    private final Fhir fhir;

    public ServiceRequestResource(ReferralService referrals, Submissions submissions, CurrentActor actor, Fhir fhir) {
        this.referrals = referrals;
        this.submissions = submissions;
        this.actor = actor;
        this.fhir = fhir;
    }

    /** Idempotency-Key makes a retry answer 200 with the first referral, as on REST. */
    @POST
    @RolesAllowed({ Roles.REFERRER, Roles.INTEGRATION })
    public Uni<RestResponse<ServiceRequest>> create(@RestHeader("Idempotency-Key") String idempotencyKey,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType, String body, @Context UriInfo uri) {
        if (idempotencyKey != null && idempotencyKey.length() > Limits.IDEMPOTENCY_KEY) {
            throw InvalidInput.field("Idempotency-Key", "must be at most " + Limits.IDEMPOTENCY_KEY + " characters");
        }
        CareActor referrer = actor.get();
        var submission = ReferralsFromFhir.submission(fhir.read(ServiceRequest.class, body, contentType));
        return referrals.submit(submission.content(), submission.serviceId(), referrer, idempotencyKey,
                        submissions.fingerprint(submission))
                .map(submitted -> FhirResponses.created(ReferralsAsFhir.serviceRequest(submitted.referral()),
                        submitted.replayed(), uri));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<ServiceRequest>> read(@RestPath String id) {
        return referrals.find(Ids.referral(id, "ServiceRequest"), actor.get())
                .map(detail -> FhirResponses.ok(ReferralsAsFhir.serviceRequest(detail.referral())));
    }

    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        var period = FhirSearch.period(parameters, "_lastUpdated");
        ReferralSearch search = ReferralSearch.any()
                .withNhsNumber(FhirSearch.nhsNumber(parameters))
                .updatedWithin(period.from(), period.before());
        String id = FhirSearch.single(parameters, "_id");
        if (id != null) {
            UUID referralId = Ids.orNull(id);
            if (referralId == null) {
                return Uni.createFrom().item(Searchset.none(paging, uri));
            }
            search = search.withId(referralId);
        }
        String status = FhirSearch.single(parameters, "status");
        if (status != null) {
            search = search.withStatuses(ReferralsAsFhir.withRequestStatus(requestStatus(status)));
        }
        String performer = FhirSearch.single(parameters, "performer");
        if (performer != null) {
            search = search.withService(Ids.service(FhirSearch.reference(performer, "performer", "HealthcareService")));
        }
        return referrals.search(actor.get(), search, paging.page(), paging.count())
                .map(found -> Searchset.of(found, ReferralsAsFhir::serviceRequest, uri));
    }

    private static ServiceRequestStatus requestStatus(String code) {
        try {
            return ServiceRequestStatus.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException | DataFormatException unknown) {
            throw InvalidInput.field("status", "'" + code + "' is not a ServiceRequest status");
        }
    }

    /** Ids in paths and searches: a referral id is a UUID, and one that is not names nothing. */
    static final class Ids {

        private Ids() {
        }

        static UUID referral(String id, String type) {
            UUID referral = orNull(id);
            if (referral == null) {
                throw new NotVisible("no " + type + " " + id);
            }
            return referral;
        }

        static UUID service(String id) {
            UUID service = orNull(id);
            if (service == null) {
                throw InvalidInput.field("performer", "must reference a HealthcareService of the directory");
            }
            return service;
        }

        /** The UUID, or null when the text is none: an id no referral can have. */
        static UUID orNull(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
    }
}
