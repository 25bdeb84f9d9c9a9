package org.carepath.referrals.fhir;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.fhir.Fhir;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.referrals.fhir.ServiceRequestResource.Ids;
import org.carepath.referrals.referral.ReferralSearch;
import org.carepath.referrals.referral.ReferralService;
import org.carepath.referrals.referral.ReferralStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.parser.DataFormatException;
import io.smallrye.mutiny.Uni;

/**
 * The referral's lifecycle as a FHIR Task (same id as its ServiceRequest). A PUT names the state the
 * receiving or referring side moves it to; the referral's own state machine finds the step that
 * leads there, so FHIR and REST take the same steps, with the same roles, reasons and events.
 * Only status, statusReason, businessStatus (for a redirect) and input are read from a PUT.
 */
@AuditedReads("referral")
@Path("/fhir/Task")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
@Consumes({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML })
public class TaskResource {

    private static final Set<String> SEARCH = Set.of("_id", "focus", "owner", "status", "_lastUpdated");

    private final ReferralService referrals;
    private final CurrentActor actor;
    private final Fhir fhir;

    public TaskResource(ReferralService referrals, CurrentActor actor, Fhir fhir) {
        this.referrals = referrals;
        this.actor = actor;
        this.fhir = fhir;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<Task>> read(@RestPath String id) {
        return referrals.find(Ids.referral(id, "Task"), actor.get())
                .map(detail -> FhirResponses.ok(ReferralsAsFhir.task(detail.referral())));
    }

    /** Needs If-Match with the version read (W/"3"): 428 without, 412 when someone changed it first. */
    @PUT
    @Path("/{id}")
    public Uni<RestResponse<Task>> update(@RestPath String id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType, String text) {
        UUID referral = Ids.referral(id, "Task");
        Task body = fhir.read(Task.class, text, contentType);
        if (body.hasIdElement() && body.getIdElement().hasIdPart() && !body.getIdElement().getIdPart().equals(id)) {
            throw InvalidInput.field("Task.id", "must be the id in the address (" + id + ")");
        }
        if (!body.hasStatus()) {
            throw InvalidInput.field("Task.status", "is required: the state the referral moves to");
        }
        CareActor caller = actor.get();
        String reason = ReferralsFromFhir.statusReason(body);
        ReferralStatus target = target(body);
        var changed = target == ReferralStatus.REDIRECTED && !body.getInput().isEmpty()
                ? referrals.redirect(referral, ReferralsFromFhir.redirectTo(body), reason, null, caller, ifMatch)
                : referrals.moveTo(referral, target, reason, caller, ifMatch);
        return changed.map(moved -> FhirResponses.ok(ReferralsAsFhir.task(moved)));
    }

    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        var period = FhirSearch.period(parameters, "_lastUpdated");
        String id = FhirSearch.single(parameters, "_id");
        String focus = FhirSearch.single(parameters, "focus");
        String focused = focus == null ? null : FhirSearch.reference(focus, "focus", "ServiceRequest");
        if (id != null && focused != null && !id.equals(focused)) {
            return Uni.createFrom().item(Searchset.none(paging, uri));
        }
        ReferralSearch search = ReferralSearch.any().updatedWithin(period.from(), period.before());
        String referral = id != null ? id : focused;
        if (referral != null) {
            UUID referralId = Ids.orNull(referral);
            if (referralId == null) {
                return Uni.createFrom().item(Searchset.none(paging, uri));
            }
            search = search.withId(referralId);
        }
        String owner = FhirSearch.single(parameters, "owner");
        if (owner != null) {
            search = search.withReceivingOrganisation(FhirSearch.reference(owner, "owner", "Organization"));
        }
        String status = FhirSearch.single(parameters, "status");
        if (status != null) {
            search = search.withStatuses(ReferralsAsFhir.withTaskStatus(taskStatus(status)));
        }
        return referrals.search(actor.get(), search, paging.page(), paging.count())
                .map(found -> Searchset.of(found, ReferralsAsFhir::task, uri));
    }

    /** The referral state a Task status asks for; CarePath does not use ready, failed or entered-in-error. */
    private static ReferralStatus target(Task body) {
        boolean redirect = body.getBusinessStatus().getCoding().stream()
                .anyMatch(coding -> ReferralsAsFhir.REFERRAL_STATUS.equals(coding.getSystem())
                        && ReferralStatus.REDIRECTED.code().equals(coding.getCode()));
        return switch (body.getStatus()) {
            case DRAFT -> ReferralStatus.DRAFT;
            case REQUESTED -> ReferralStatus.REQUESTED;
            case RECEIVED -> ReferralStatus.RECEIVED;
            case ACCEPTED -> ReferralStatus.ACCEPTED;
            case REJECTED -> redirect ? ReferralStatus.REDIRECTED : ReferralStatus.REJECTED;
            case CANCELLED -> ReferralStatus.CANCELLED;
            case INPROGRESS -> ReferralStatus.IN_PROGRESS;
            case ONHOLD -> ReferralStatus.ON_HOLD;
            case COMPLETED -> ReferralStatus.COMPLETED;
            case READY, FAILED, ENTEREDINERROR, NULL -> throw new RuleBroken("task-status-not-used",
                    "CarePath does not use this Task status",
                    "a referral never becomes " + body.getStatus().toCode()
                            + "; its states are draft, requested, received, accepted, rejected, cancelled, in-progress,"
                            + " on-hold and completed");
        };
    }

    private static TaskStatus taskStatus(String code) {
        try {
            return TaskStatus.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException | DataFormatException unknown) {
            throw InvalidInput.field("status", "'" + code + "' is not a Task status");
        }
    }
}
