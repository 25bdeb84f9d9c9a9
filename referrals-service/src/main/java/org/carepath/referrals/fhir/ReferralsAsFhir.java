package org.carepath.referrals.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.carepath.referrals.directory.CareService;
import org.carepath.referrals.directory.Organisation;
import org.carepath.referrals.referral.AttachedAssessment;
import org.carepath.referrals.referral.Referral;
import org.carepath.referrals.referral.ReferralStatus;
import org.carepath.referrals.triage.Priority;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * A referral as FHIR shows it: the request as a {@code ServiceRequest}, its lifecycle as a
 * {@code Task} with the same id, and the directory as {@code HealthcareService} and
 * {@code Organization}. The mapping table is in the service's README.
 */
final class ReferralsAsFhir {

    static final String NEEDS_DOMAIN = Systems.carePath("needs-domain");
    static final String REFERRAL_STATUS = Systems.carePath("referral-status");
    static final String CONSENT_BASIS = Systems.extension("consent-basis");
    static final String TASK_PARAMETER = Systems.carePath("task-parameter");
    /** Task.input naming the service a redirect passes the referral to. */
    static final String REDIRECT_TO = "redirect-to";
    /** Task.output naming the onward referral a redirect made. */
    static final String ONWARD_REFERRAL = "onward-referral";
    private static final String SECTOR = Systems.carePath("sector");
    private static final String SERVICE_CATEGORY = Systems.carePath("service-category");
    private static final Coding REFERRAL = new Coding(Systems.SNOMED, "3457005", "Patient referral");

    private ReferralsAsFhir() {
    }

    static ServiceRequest serviceRequest(Referral referral) {
        ServiceRequest request = FhirResponses.versioned(new ServiceRequest(), referral.id().toString(), referral.version(),
                referral.updatedAt());
        request.setStatus(requestStatus(referral.status()))
                .setIntent(ServiceRequestIntent.ORDER)
                .setPriority(priority(referral.priority()))
                .setSubject(subject(referral))
                .setRequester(organisation(referral.referringOrganisation(), referral.referringPractitionerName()))
                .addPerformer(service(referral.serviceId(), referral.serviceName()))
                .addReasonCode(new CodeableConcept().setText(referral.reason()))
                .setAuthoredOn(date(referral.submittedAt()));
        request.addCategory(new CodeableConcept(REFERRAL.copy()));
        for (NeedsDomain domain : referral.needsDomains()) {
            request.addCategory(new CodeableConcept(new Coding(NEEDS_DOMAIN, domain.code(), null)));
        }
        request.addExtension(CONSENT_BASIS, new CodeType(referral.consentBasis().code()));
        for (AttachedAssessment assessment : referral.assessments()) {
            request.addSupportingInfo(new Reference()
                    .setIdentifier(new Identifier().setValue(assessment.reference()))
                    .setDisplay(assessment.title() + " (" + assessment.organisation() + "): " + assessment.summary()));
        }
        if (referral.redirectedFrom() != null) {
            request.addReplaces(new Reference("ServiceRequest/" + referral.redirectedFrom()));
        }
        return request;
    }

    static Task task(Referral referral) {
        Task task = FhirResponses.versioned(new Task(), referral.id().toString(), referral.version(), referral.updatedAt());
        task.setStatus(taskStatus(referral.status()))
                .setBusinessStatus(new CodeableConcept(new Coding(REFERRAL_STATUS, referral.status().code(), null))
                        .setText(referral.status().code()))
                .setIntent(TaskIntent.ORDER)
                .setPriority(TaskPriority.fromCode(priority(referral.priority()).toCode()))
                .setFocus(new Reference("ServiceRequest/" + referral.id()))
                .setFor(subject(referral))
                .setAuthoredOn(date(referral.submittedAt()))
                .setLastModified(date(referral.updatedAt()))
                .setRequester(organisation(referral.referringOrganisation(), referral.referringPractitionerName()))
                .setOwner(organisation(referral.targetOrganisation(), null));
        if (referral.statusReason() != null) {
            task.setStatusReason(new CodeableConcept().setText(referral.statusReason()));
        }
        if (referral.onwardReferral() != null) {
            task.addOutput()
                    .setType(new CodeableConcept(new Coding(TASK_PARAMETER, ONWARD_REFERRAL, "Onward referral")))
                    .setValue(new Reference("ServiceRequest/" + referral.onwardReferral()));
        }
        return task;
    }

    static HealthcareService healthcareService(CareService service, LocalDate today) {
        HealthcareService fhir = FhirResponses.versioned(new HealthcareService(), service.id().toString(), service.version(), null);
        fhir.setActive(!service.isRetiredOn(today))
                .setProvidedBy(organisation(service.organisation(), null))
                .setName(service.name())
                .setComment(service.description());
        if (service.category() != null) {
            fhir.addType(new CodeableConcept(new Coding(SERVICE_CATEGORY, service.category().code(), null)));
        }
        if (service.eligibility() != null) {
            fhir.addEligibility().setComment(service.eligibility());
        }
        if (service.contact() != null) {
            fhir.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.OTHER).setValue(service.contact()));
        }
        return fhir;
    }

    static org.hl7.fhir.r4.model.Organization organization(Organisation organisation) {
        var fhir = FhirResponses.versioned(new org.hl7.fhir.r4.model.Organization(), organisation.odsCode(),
                organisation.version(), null);
        fhir.setActive(true).setName(organisation.name());
        fhir.addIdentifier().setSystem(Systems.ODS_CODE).setValue(organisation.odsCode());
        fhir.addType(new CodeableConcept(new Coding(SECTOR, organisation.sector().code(), null)));
        if (organisation.area() != null) {
            fhir.addAddress().setDistrict(organisation.area());
        }
        return fhir;
    }

    /** A referral still asking something of the receiving side is active; one closed without being done is revoked. */
    static ServiceRequestStatus requestStatus(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> ServiceRequestStatus.DRAFT;
            case REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS -> ServiceRequestStatus.ACTIVE;
            case ON_HOLD -> ServiceRequestStatus.ONHOLD;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case REJECTED, REDIRECTED, CANCELLED -> ServiceRequestStatus.REVOKED;
        };
    }

    /** The referral states a ServiceRequest status stands for; none for the statuses CarePath never uses. */
    static Set<ReferralStatus> withRequestStatus(ServiceRequestStatus status) {
        Set<ReferralStatus> matching = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus candidate : ReferralStatus.values()) {
            if (requestStatus(candidate) == status) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    /** FHIR Task has no "redirected": the receiving side declined it by passing it on (businessStatus says which). */
    static TaskStatus taskStatus(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> TaskStatus.DRAFT;
            case REQUESTED -> TaskStatus.REQUESTED;
            case RECEIVED -> TaskStatus.RECEIVED;
            case ACCEPTED -> TaskStatus.ACCEPTED;
            case REJECTED, REDIRECTED -> TaskStatus.REJECTED;
            case CANCELLED -> TaskStatus.CANCELLED;
            case IN_PROGRESS -> TaskStatus.INPROGRESS;
            case ON_HOLD -> TaskStatus.ONHOLD;
            case COMPLETED -> TaskStatus.COMPLETED;
        };
    }

    static Set<ReferralStatus> withTaskStatus(TaskStatus status) {
        Set<ReferralStatus> matching = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus candidate : ReferralStatus.values()) {
            if (taskStatus(candidate) == status) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    /** An emergency is FHIR's asap; stat, its highest, is taken as an emergency too. */
    static ServiceRequestPriority priority(Priority priority) {
        return switch (priority) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case URGENT -> ServiceRequestPriority.URGENT;
            case EMERGENCY -> ServiceRequestPriority.ASAP;
        };
    }

    static Priority priority(ServiceRequestPriority priority) {
        return switch (priority) {
            case ROUTINE -> Priority.ROUTINE;
            case URGENT -> Priority.URGENT;
            case ASAP, STAT -> Priority.EMERGENCY;
            case NULL -> null;
        };
    }

    static Reference organisation(String odsCode, String display) {
        return new Reference("Organization/" + odsCode)
                .setIdentifier(new Identifier().setSystem(Systems.ODS_CODE).setValue(odsCode))
                .setDisplay(display);
    }

    private static Reference subject(Referral referral) {
        return new Reference()
                .setIdentifier(new Identifier().setSystem(Systems.NHS_NUMBER).setValue(referral.nhsNumber()))
                .setDisplay(referral.subject().name());
    }

    private static Reference service(UUID id, String name) {
        return new Reference("HealthcareService/" + id).setDisplay(name);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
