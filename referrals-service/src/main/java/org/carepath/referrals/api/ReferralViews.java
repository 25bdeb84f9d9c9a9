package org.carepath.referrals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.referrals.referral.AttachedAssessment;
import org.carepath.referrals.referral.ConsentBasis;
import org.carepath.platform.audit.PersonsRecord;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.security.CareActor;
import org.carepath.referrals.referral.Referral;
import org.carepath.referrals.referral.ReferralNote;
import org.carepath.referrals.referral.ReferralStatus;
import org.carepath.referrals.referral.ReferralTransition;
import org.carepath.referrals.referral.Subject;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.RiskGrade;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Response bodies of the referral endpoints. */
public final class ReferralViews {

    private ReferralViews() {
    }

    public record Party(String organisation, String team, String practitioner, String practitionerName) {
    }

    public record Step(String action, ReferralStatus from, ReferralStatus to, String by, String byName,
            String byOrganisation, String reason, Instant at) {

        static Step of(ReferralTransition transition) {
            return new Step(transition.action().code(), transition.fromStatus(), transition.toStatus(),
                    transition.byUser(), transition.byName(), transition.byOrganisation(), transition.reason(),
                    transition.at());
        }
    }

    /**
     * @param allowedActions what may happen next, whoever may do it
     * @param possibleDuplicateOf another open referral of the person to the service, from an organisation
     *                       the referrer cannot see; to the receiving side only
     * @param version        also sent as the ETag; send it back in If-Match to change the referral
     */
    public record ReferralView(UUID id, Subject subject, Party referrer, UUID serviceId, String serviceName,
            String targetOrganisation, String targetTeam, String reason, List<NeedsDomain> needsDomains,
            Priority priority, ConsentBasis consentBasis, List<AttachedAssessment> assessments, ReferralStatus status,
            String statusReason, RiskGrade riskGrade, String triageNotes, Instant submittedAt, Instant dueAt,
            UUID redirectedFrom, UUID onwardReferral, String duplicateReason, UUID possibleDuplicateOf,
            List<String> allowedActions, List<Step> history, long version) implements PersonsRecord {

        /** The person the referral is about, for the read audit; not a field of its own. */
        @JsonIgnore
        @Override
        public String nhsNumber() {
            return subject.nhsNumber();
        }

        /** As the reader may see it: the possible duplicate is the receiving side's to know. */
        static ReferralView of(Referral referral, List<ReferralTransition> history, CareActor reader) {
            return new ReferralView(referral.id(), referral.subject(),
                    new Party(referral.referringOrganisation(), referral.referringTeam(),
                            referral.referringPractitioner(), referral.referringPractitionerName()),
                    referral.serviceId(), referral.serviceName(), referral.targetOrganisation(), referral.targetTeam(),
                    referral.reason(), referral.needsDomains(), referral.priority(), referral.consentBasis(),
                    referral.assessments(), referral.status(), referral.statusReason(), referral.riskGrade(),
                    referral.triageNotes(), referral.submittedAt(), referral.dueAt(), referral.redirectedFrom(),
                    referral.onwardReferral(), referral.duplicateReason(), referral.possibleDuplicateOf(reader),
                    referral.allowedActions(),
                    history == null ? null : history.stream().map(Step::of).toList(), referral.version());
        }
    }

    /** A line of a list or worklist: enough to choose what to open. */
    public record ReferralSummary(UUID id, String nhsNumber, String subjectName, String serviceName,
            String referringOrganisation, String targetOrganisation, String targetTeam, Priority priority,
            RiskGrade riskGrade, ReferralStatus status, Instant submittedAt, Instant dueAt) {

        static ReferralSummary of(Referral referral) {
            return new ReferralSummary(referral.id(), referral.nhsNumber(), referral.subject().name(),
                    referral.serviceName(), referral.referringOrganisation(), referral.targetOrganisation(),
                    referral.targetTeam(), referral.priority(), referral.riskGrade(), referral.status(),
                    referral.submittedAt(), referral.dueAt());
        }
    }

    public record NoteView(UUID id, String author, String authorName, String authorOrganisation, String text, Instant at) {

        static NoteView of(ReferralNote note) {
            return new NoteView(note.id(), note.authorUser(), note.authorName(), note.authorOrganisation(), note.text(),
                    note.at());
        }
    }
}
