package org.carepath.referrals.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carepath.platform.api.Codes;
import org.carepath.platform.api.Limits;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.fhir.Systems;
import org.carepath.platform.nhs.NhsNumbers;
import org.carepath.referrals.referral.ConsentBasis;
import org.carepath.referrals.referral.ReferralContent;
import org.carepath.referrals.referral.Subject;
import org.carepath.referrals.triage.Priority;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;

/**
 * What a FHIR client sends, read into CarePath's terms with the same limits as the REST API's
 * bodies; a refusal names the FHIR element at fault. The referrer is the token's, as on REST: a
 * ServiceRequest's requester is not read.
 */
final class ReferralsFromFhir {

    /** A submit read from a ServiceRequest: the performer's service and what the referrer says. */
    record Submission(UUID serviceId, ReferralContent content) {
    }

    private ReferralsFromFhir() {
    }

    static Submission submission(ServiceRequest request) {
        return new Submission(serviceId(request), new ReferralContent(subject(request), reason(request),
                needsDomains(request), priority(request), consentBasis(request), List.of(), null));
    }

    /** The HealthcareService a redirect names in Task.input "redirect-to". */
    static UUID redirectTo(Task task) {
        return task.getInput().stream()
                .filter(input -> input.getType().getCoding().stream()
                        .anyMatch(coding -> ReferralsAsFhir.TASK_PARAMETER.equals(coding.getSystem())
                                && ReferralsAsFhir.REDIRECT_TO.equals(coding.getCode())))
                .map(input -> input.getValue() instanceof Reference reference ? reference : null)
                .filter(Objects::nonNull)
                .findFirst()
                .map(reference -> serviceId(reference.getReference(), "Task.input"))
                .orElseThrow(() -> InvalidInput.field("Task.input", "a redirect names the service in an input of type "
                        + ReferralsAsFhir.TASK_PARAMETER + "|" + ReferralsAsFhir.REDIRECT_TO
                        + " with valueReference HealthcareService/<id>"));
    }

    /** The reason of a Task change (statusReason's text or first coding's display), or null. */
    static String statusReason(Task task) {
        if (!task.hasStatusReason()) {
            return null;
        }
        String reason = text(task.getStatusReason());
        return limited(reason, "Task.statusReason", Limits.REASON);
    }

    private static Subject subject(ServiceRequest request) {
        Reference subject = request.getSubject();
        Identifier identifier = subject.getIdentifier();
        if (!Systems.NHS_NUMBER.equals(identifier.getSystem()) || !identifier.hasValue()) {
            throw InvalidInput.field("ServiceRequest.subject", "must identify the person by NHS number (identifier.system "
                    + Systems.NHS_NUMBER + ")");
        }
        if (!NhsNumbers.isValid(identifier.getValue())) {
            throw InvalidInput.field("ServiceRequest.subject.identifier.value", "is not a valid NHS number");
        }
        return new Subject(identifier.getValue(), limited(subject.getDisplay(), "ServiceRequest.subject.display", Limits.NAME),
                null, null, List.of());
    }

    private static UUID serviceId(ServiceRequest request) {
        if (request.getPerformer().size() != 1) {
            throw InvalidInput.field("ServiceRequest.performer", "must name the one HealthcareService asked to help");
        }
        return serviceId(request.getPerformerFirstRep().getReference(), "ServiceRequest.performer");
    }

    private static UUID serviceId(String reference, String field) {
        String prefix = "HealthcareService/";
        if (reference != null && reference.startsWith(prefix)) {
            try {
                return UUID.fromString(reference.substring(prefix.length()));
            } catch (IllegalArgumentException notAnId) {
                // answered below
            }
        }
        throw InvalidInput.field(field, "must reference a HealthcareService of the directory (HealthcareService/<id>)");
    }

    /** The reason codes' texts, then the notes: what the referrer says is needed. */
    private static String reason(ServiceRequest request) {
        String reason = Stream.concat(request.getReasonCode().stream().map(ReferralsFromFhir::text),
                        request.getNote().stream().map(Annotation::getText))
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (reason.isBlank()) {
            throw InvalidInput.field("ServiceRequest.reasonCode", "must say why the person is referred (text), or a note must");
        }
        return limited(reason, "ServiceRequest.reasonCode", Limits.FREE_TEXT);
    }

    private static List<NeedsDomain> needsDomains(ServiceRequest request) {
        List<NeedsDomain> domains = new ArrayList<>();
        for (CodeableConcept category : request.getCategory()) {
            for (Coding coding : category.getCoding()) {
                if (ReferralsAsFhir.NEEDS_DOMAIN.equals(coding.getSystem())) {
                    domains.add(code(NeedsDomain.class, coding.getCode(), "ServiceRequest.category"));
                }
            }
        }
        List<NeedsDomain> distinct = domains.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw InvalidInput.field("ServiceRequest.category", "must name at least one needs domain (system "
                    + ReferralsAsFhir.NEEDS_DOMAIN + ")");
        }
        return distinct;
    }

    private static Priority priority(ServiceRequest request) {
        if (!request.hasPriority()) {
            throw InvalidInput.field("ServiceRequest.priority", "is required: routine, urgent, asap or stat");
        }
        return ReferralsAsFhir.priority(request.getPriority());
    }

    private static ConsentBasis consentBasis(ServiceRequest request) {
        Extension extension = request.getExtensionByUrl(ReferralsAsFhir.CONSENT_BASIS);
        Type value = extension == null ? null : extension.getValue();
        if (value == null || !value.isPrimitive()) {
            throw InvalidInput.field("ServiceRequest.extension", "must give the lawful basis for sharing in extension "
                    + ReferralsAsFhir.CONSENT_BASIS + " (valueCode: consent-given, best-interests-decision or legal-duty)");
        }
        return code(ConsentBasis.class, value.primitiveValue(), "ServiceRequest.extension");
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, String field) {
        try {
            return Codes.parse(type, code);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.field(field, "'" + code + "' " + unknown.getMessage());
        }
    }

    private static String text(CodeableConcept concept) {
        return concept.hasText() ? concept.getText() : concept.getCodingFirstRep().getDisplay();
    }

    private static String limited(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw InvalidInput.field(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
