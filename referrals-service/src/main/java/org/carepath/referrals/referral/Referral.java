package org.carepath.referrals.referral;

import org.carepath.platform.care.NeedsDomain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralResumed;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.directory.CareService;
import org.carepath.referrals.referral.ReferralAction.Side;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.RiskGrade;
import org.carepath.referrals.triage.WorkingCalendar;

/**
 * A request from one organisation to a service of another to help a person. Every change goes
 * through the state machine in {@link ReferralAction} and returns the {@link Change} it causes: its
 * line of history and its event.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "subject_birth_date")
    private LocalDate subjectBirthDate;

    @Column(name = "subject_postcode")
    private String subjectPostcode;

    @Convert(converter = JsonColumns.LocalIdentifiers.class)
    @Column(name = "local_identifiers")
    private List<LocalIdentifier> localIdentifiers;

    @Column(name = "referring_organisation", nullable = false)
    private String referringOrganisation;

    @Column(name = "referring_practitioner", nullable = false)
    private String referringPractitioner;

    @Column(name = "referring_practitioner_name")
    private String referringPractitionerName;

    @Column(name = "referring_team")
    private String referringTeam;

    @Column(name = "service_id", nullable = false)
    private UUID serviceId;

    @Column(name = "service_name", nullable = false)
    private String serviceName;

    @Column(name = "target_organisation", nullable = false)
    private String targetOrganisation;

    @Column(name = "target_team")
    private String targetTeam;

    @Column(nullable = false)
    private String reason;

    @Convert(converter = JsonColumns.NeedsDomains.class)
    @Column(name = "needs_domains")
    private List<NeedsDomain> needsDomains;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis", nullable = false)
    private ConsentBasis consentBasis;

    @Convert(converter = JsonColumns.Assessments.class)
    private List<AttachedAssessment> assessments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    private ReferralStatus heldFrom;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_grade")
    private RiskGrade riskGrade;

    @Column(name = "triage_notes")
    private String triageNotes;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the receiving team must have answered, from the service's target for the priority. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    /**
     * Grade and priority as one rank in the worklist's order, computed by PostgreSQL (V8) and never
     * written here; mapped because the native queries read whole rows (select *) into Referral.
     */
    @Column(name = "worklist_rank", insertable = false, updatable = false)
    private Short worklistRank;

    @Column(name = "redirected_from")
    private UUID redirectedFrom;

    @Column(name = "onward_referral")
    private UUID onwardReferral;

    /**
     * On an onward referral, the organisation that made the first referral of the chain: the
     * redirect was made on its behalf, so it reads the onward referral as it reads its own.
     */
    @Column(name = "original_referrer")
    private String originalReferrer;

    /** Why the referrer sent this although the person had an open referral to the same service. */
    @Column(name = "duplicate_reason")
    private String duplicateReason;

    /**
     * Another open referral of the person to the same service, from an organisation the referrer may
     * not see: shown to the receiving side only, who can see both and decide.
     */
    @Column(name = "possible_duplicate_of")
    private UUID possibleDuplicateOf;

    /** When it last changed: FHIR's meta.lastUpdated. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Referral() {
    }

    /** A new referral from the actor's organisation to the service, not yet sent. */
    public static Referral draft(ReferralContent content, CareService service, CareActor referrer) {
        if (referrer.organisation() == null) {
            throw new NotPermitted("your token names no organisation, so a referral cannot say who it is from");
        }
        if (!service.accepts(content.priority())) {
            throw new RuleBroken("priority-not-offered", "The service does not take this priority",
                    "'" + service.name() + "' does not take " + content.priority().code() + " referrals")
                    .with("acceptedPriorities", service.responseTargets().keySet().stream().map(Priority::code).toList());
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.nhsNumber = content.subject().nhsNumber();
        referral.subjectName = content.subject().name();
        referral.subjectBirthDate = content.subject().birthDate();
        referral.subjectPostcode = content.subject().postcode();
        referral.localIdentifiers = List.copyOf(content.subject().localIdentifiers());
        referral.referringOrganisation = referrer.organisation();
        referral.referringPractitioner = referrer.userId();
        referral.referringPractitionerName = referrer.name();
        referral.referringTeam = referrer.mainTeam();
        referral.serviceId = service.id();
        referral.serviceName = service.name();
        referral.targetOrganisation = service.organisation();
        referral.targetTeam = service.team();
        referral.reason = content.reason();
        referral.needsDomains = List.copyOf(content.needsDomains());
        referral.priority = content.priority();
        referral.consentBasis = content.consentBasis();
        referral.assessments = List.copyOf(content.assessments());
        referral.duplicateReason = content.duplicateReason();
        referral.status = ReferralStatus.DRAFT;
        return referral;
    }

    /** Sends the draft; the response-target clock starts. */
    public Change submit(CareActor referrer, CareService service, WorkingCalendar calendar, Instant now) {
        check(ReferralAction.SUBMIT, referrer, null);
        return send(referrer, service, calendar, now);
    }

    /** The submit itself, also made by a triager's redirect on the referrer's behalf. */
    private Change send(CareActor referrer, CareService service, WorkingCalendar calendar, Instant now) {
        ReferralStatus from = status;
        status = ReferralStatus.REQUESTED;
        submittedAt = now;
        updatedAt = now;
        dueAt = calendar.dueAt(now, service.responseTarget(priority));
        var event = new ReferralSubmitted(id, nhsNumber, practitioner(referrer), serviceId, serviceName,
                targetOrganisation, targetTeam, priority.code(), reason, redirectedFrom, now);
        return Change.of(event).with(history(ReferralAction.SUBMIT, from, referrer, null, now));
    }

    /** Any action but submit and redirect, which need more than a reason. */
    public Change act(ReferralAction action, CareActor actor, String reason, Instant now) {
        if (action == ReferralAction.SUBMIT || action == ReferralAction.REDIRECT) {
            throw new IllegalArgumentException(action + " has its own method");
        }
        ReferralStatus from = check(action, actor, reason);
        status = action.target(heldFrom);
        heldFrom = action == ReferralAction.HOLD ? from : null;
        statusReason = reason;
        updatedAt = now;
        return Change.of(event(action, actor, reason, now)).with(history(action, from, actor, reason, now));
    }

    /**
     * Moves the referral to the state asked for, by the one action that leads there from where it is
     * (a client that speaks in states, as FHIR's Task does, rather than in actions); already there is
     * no change. Submit and redirect need more than a state and are not reached this way.
     */
    public Change moveTo(ReferralStatus target, CareActor actor, String reason, Instant now) {
        if (target == status) {
            return Change.none();
        }
        ReferralAction action = ReferralAction.allowedFrom(status).stream()
                .filter(step -> step != ReferralAction.SUBMIT && step != ReferralAction.REDIRECT)
                .filter(step -> step.target(heldFrom) == target)
                .findFirst()
                .orElseThrow(() -> new IllegalTransition("Not allowed in the referral's current state",
                        "a referral that is " + status.code() + " cannot move to " + target.code())
                        .with("currentStatus", status.code())
                        .with("allowedActions", allowedActions()));
        return act(action, actor, reason, now);
    }

    /**
     * Passes the person on to another service: this referral closes and an onward one is submitted,
     * linked both ways, made on behalf of the first referrer of the chain (who reads it as its own).
     * {@code duplicateReason} and {@code possibleDuplicateOf} are the duplicate guard's, as on a submit.
     * The change stores this referral's history line, then the onward referral and its own.
     */
    public Change redirect(CareActor triager, String reason, CareService onwardService, String duplicateReason,
            UUID possibleDuplicateOf, WorkingCalendar calendar, Instant now) {
        ReferralStatus from = checkRedirect(triager, reason, onwardService);
        var content = new ReferralContent(new Subject(nhsNumber, subjectName, subjectBirthDate, subjectPostcode,
                localIdentifiers), reason + " (redirected from " + serviceName + ": " + this.reason + ")",
                needsDomains, priority, consentBasis, assessments, duplicateReason);
        Referral onward = draft(content, onwardService, triager);
        onward.redirectedFrom = id;
        onward.possibleDuplicateOf = possibleDuplicateOf;
        String firstReferrer = originalReferrer != null ? originalReferrer : referringOrganisation;
        onward.originalReferrer = firstReferrer.equals(onward.referringOrganisation) ? null : firstReferrer;
        var onwardSubmitted = onward.send(triager, onwardService, calendar, now);
        status = ReferralStatus.REDIRECTED;
        statusReason = reason;
        updatedAt = now;
        onwardReferral = onward.id;
        var event = new ReferralRedirected(id, nhsNumber, practitioner(triager), reason, onward.id, onwardService.id(),
                onwardService.organisation(), now);
        return Change.of(event)
                .with(history(ReferralAction.REDIRECT, from, triager, reason, now))
                .with(onward)
                .and(onwardSubmitted);
    }

    /** Whether the triager may redirect it there, asked before anything else is looked at for the redirect. */
    public ReferralStatus checkRedirect(CareActor triager, String reason, CareService onwardService) {
        ReferralStatus from = check(ReferralAction.REDIRECT, triager, reason);
        if (onwardService.id().equals(serviceId)) {
            throw new Conflict("a referral cannot be redirected to the service it is already with");
        }
        return from;
    }

    /** The receiving team grades the risk; it can regrade while the referral is with it. */
    public Change triage(CareActor triager, RiskGrade grade, String notes, Instant now) {
        authorise(triager, Side.RECEIVER, Set.of(Roles.TRIAGER));
        if (status != ReferralStatus.RECEIVED && status != ReferralStatus.ACCEPTED) {
            throw refused("triage", List.of());
        }
        riskGrade = grade;
        triageNotes = notes;
        triagedBy = triager.userId();
        triagedAt = now;
        updatedAt = now;
        return Change.of(new ReferralTriaged(id, nhsNumber, practitioner(triager), grade.code(), notes, now));
    }

    /** The breach of the response target, once: a second look finds it already reported (no change). */
    public Change reportIfOverdue(Instant now) {
        if (!status.awaitsResponse() || dueAt == null || now.isBefore(dueAt) || overdueNotifiedAt != null) {
            return Change.none();
        }
        overdueNotifiedAt = now;
        updatedAt = now;
        return Change.of(new ReferralResponseOverdue(id, nhsNumber, serviceId, targetOrganisation, targetTeam,
                priority.code(), dueAt, now));
    }

    /** Notes, for the receiving side, an open referral of the person to the same service that the referrer cannot see. */
    public void flagPossibleDuplicateOf(UUID other) {
        possibleDuplicateOf = other;
    }

    /** The possible duplicate, to the receiving side only: to anyone else it does not exist. */
    public UUID possibleDuplicateOf(CareActor reader) {
        return reader.worksFor(targetOrganisation) ? possibleDuplicateOf : null;
    }

    /** Only the two organisations the referral is between, and the one a redirect acted for, may know it exists. */
    public boolean isVisibleTo(CareActor actor) {
        return actor.worksFor(referringOrganisation) || actor.worksFor(targetOrganisation)
                || originalReferrer != null && actor.worksFor(originalReferrer);
    }

    public void authoriseRead(CareActor actor) {
        if (!isVisibleTo(actor)) {
            throw notFound();
        }
    }

    public List<String> allowedActions() {
        return ReferralAction.allowedFrom(status).stream().map(ReferralAction::code).toList();
    }

    private ReferralStatus check(ReferralAction action, CareActor actor, String reason) {
        authorise(actor, action.side(), action.roles());
        if (!action.isAllowedFrom(status)) {
            throw refused(action.code(), allowedActions());
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInput("to " + action.code() + " a referral, say why (reason)");
        }
        return status;
    }

    private void authorise(CareActor actor, Side side, Set<String> roles) {
        authoriseRead(actor);
        String organisation = side == Side.REFERRER ? referringOrganisation : targetOrganisation;
        if (!actor.worksFor(organisation)) {
            throw new NotPermitted("only the " + (side == Side.REFERRER ? "referring" : "receiving")
                    + " organisation (" + organisation + ") may do this");
        }
        if (roles.stream().noneMatch(actor::hasRole)) {
            throw new NotPermitted("this needs one of the roles " + roles);
        }
    }

    private Refusal refused(String action, List<String> allowed) {
        return new IllegalTransition("Not allowed in the referral's current state",
                "cannot " + action + " a referral that is " + status.code())
                .with("currentStatus", status.code())
                .with("allowedActions", allowed);
    }

    private NotVisible notFound() {
        return new NotVisible("no referral " + id);
    }

    private ReferralTransition history(ReferralAction action, ReferralStatus from, CareActor by, String reason, Instant at) {
        return new ReferralTransition(id, action, from, status, practitioner(by), reason, at);
    }

    private ReferralEvent event(ReferralAction action, CareActor actor, String why, Instant at) {
        Practitioner by = practitioner(actor);
        return switch (action) {
            case RECEIVE -> new ReferralReceived(id, nhsNumber, by, at);
            case ACCEPT -> new ReferralAccepted(id, nhsNumber, by, serviceId, serviceName, targetOrganisation, targetTeam,
                    referringOrganisation, at);
            case REJECT -> new ReferralRejected(id, nhsNumber, by, why, at);
            case CANCEL -> new ReferralCancelled(id, nhsNumber, by, why, at);
            case START -> new ReferralStarted(id, nhsNumber, by, at);
            case HOLD -> new ReferralHeld(id, nhsNumber, by, why, at);
            case RESUME -> new ReferralResumed(id, nhsNumber, by, at);
            case COMPLETE -> new ReferralCompleted(id, nhsNumber, by, targetOrganisation, targetTeam, at);
            case SUBMIT, REDIRECT -> throw new IllegalArgumentException(action + " has its own method");
        };
    }

    /** Who acted, naming the receiving team when the actor belongs to it rather than their first team. */
    private Practitioner practitioner(CareActor actor) {
        String team = targetTeam != null && actor.worksFor(targetOrganisation) && actor.isIn(targetTeam)
                ? targetTeam
                : actor.mainTeam();
        return actor.practitioner(team);
    }

    public UUID id() { return id; }
    public String nhsNumber() { return nhsNumber; }
    public Subject subject() {
        return new Subject(nhsNumber, subjectName, subjectBirthDate, subjectPostcode, localIdentifiers);
    }
    public String referringOrganisation() { return referringOrganisation; }
    public String referringPractitioner() { return referringPractitioner; }
    public String referringPractitionerName() { return referringPractitionerName; }
    public String referringTeam() { return referringTeam; }
    public UUID serviceId() { return serviceId; }
    public String serviceName() { return serviceName; }
    public String targetOrganisation() { return targetOrganisation; }
    public String targetTeam() { return targetTeam; }
    public String reason() { return reason; }
    public List<NeedsDomain> needsDomains() { return needsDomains; }
    public Priority priority() { return priority; }
    public ConsentBasis consentBasis() { return consentBasis; }
    public List<AttachedAssessment> assessments() { return assessments; }
    public ReferralStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public RiskGrade riskGrade() { return riskGrade; }
    public String triageNotes() { return triageNotes; }
    public Instant submittedAt() { return submittedAt; }
    public Instant dueAt() { return dueAt; }
    public UUID redirectedFrom() { return redirectedFrom; }
    public UUID onwardReferral() { return onwardReferral; }
    public String originalReferrer() { return originalReferrer; }
    public String duplicateReason() { return duplicateReason; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
