package org.carepath.discharge.episode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.EddChange;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.EpisodeHistory.Undone;
import org.carepath.discharge.episode.EpisodeHistory.WardStay;
import org.carepath.discharge.reference.DelayReason;
import org.carepath.events.Practitioner;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.time.CareDay;

/**
 * One stay in hospital, from admission to discharge. Every change goes through a method here,
 * which checks it against what the episode already says and returns the {@link Change}: the events it
 * causes (and, for an admission, the new episode to store).
 * {@code by} is null for changes a hospital system sent over ADT.
 */
@Entity
@Table(name = "inpatient_episode")
public class InpatientEpisode {

    /** An emergency admission within this many days of a discharge is a readmission. */
    public static final int READMISSION_DAYS = 30;

    /**
     * How far ahead of the service's clock a hospital system's clock may run: an admission, move or
     * discharge later than this is in the future, and refused.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Why an expected date of discharge changed when the hospital's patient administration system set it (PV2-9). */
    public static final String FROM_PAS = "from PAS";

    /** What an admission says, from the API or an A01. */
    public record Admission(String nhsNumber, String hospital, String visitNumber, String ward, String bed,
            Instant admittedAt, AdmissionMethod method, String clinicalCriteria, LocalDate expectedDischargeDate) {
    }

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String hospital;

    @Column(name = "visit_number")
    private String visitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EpisodeStatus status;

    @Column(nullable = false)
    private String ward;

    private String bed;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "admission_method", nullable = false)
    private AdmissionMethod admissionMethod;

    @Column(name = "clinical_criteria")
    private String clinicalCriteria;

    @Column(name = "expected_discharge_date")
    private LocalDate expectedDischargeDate;

    @Column(name = "planned_pathway")
    private Integer plannedPathway;

    @Column(name = "actual_pathway")
    private Integer actualPathway;

    private String destination;

    @Column(name = "discharged_at")
    private Instant dischargedAt;

    @Column(name = "readmission_of")
    private UUID readmissionOf;

    @Convert(converter = JsonColumns.WardStays.class)
    @Column(name = "ward_stays", nullable = false)
    private List<WardStay> wardStays;

    @Convert(converter = JsonColumns.EddChanges.class)
    @Column(name = "edd_changes", nullable = false)
    private List<EddChange> eddChanges;

    @Convert(converter = JsonColumns.NoCriteriaPeriods.class)
    @Column(name = "no_criteria_periods", nullable = false)
    private List<NoCriteriaPeriod> noCriteriaPeriods;

    @Convert(converter = JsonColumns.Delays.class)
    @Column(nullable = false)
    private List<Delay> delays;

    @Convert(converter = JsonColumns.Milestones.class)
    @Column(nullable = false)
    private List<Milestone> milestones;

    @Convert(converter = JsonColumns.Undos.class)
    @Column(nullable = false)
    private List<Undone> audit;

    /** Counts every change; the ETag. */
    @Column(nullable = false)
    private long version;

    /** When the record last changed (not when what it records happened): FHIR's meta.lastUpdated. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected InpatientEpisode() {
    }

    /**
     * A new episode; {@code earlier} is the person's latest discharge, which makes an emergency
     * admission within {@value #READMISSION_DAYS} days (London calendar days) a readmission.
     */
    public static Started admit(Admission admission, Optional<InpatientEpisode> earlier, Practitioner by, Instant now) {
        refuseFuture("admittedAt", admission.admittedAt(), now);
        InpatientEpisode episode = new InpatientEpisode();
        episode.id = UUID.randomUUID();
        episode.nhsNumber = admission.nhsNumber();
        episode.hospital = admission.hospital();
        episode.visitNumber = admission.visitNumber();
        episode.status = EpisodeStatus.ADMITTED;
        episode.ward = admission.ward();
        episode.bed = admission.bed();
        episode.admittedAt = admission.admittedAt();
        episode.admissionMethod = admission.method();
        episode.clinicalCriteria = admission.clinicalCriteria();
        episode.expectedDischargeDate = admission.expectedDischargeDate();
        episode.wardStays = List.of(new WardStay(admission.ward(), admission.bed(), admission.admittedAt(), null));
        episode.eddChanges = admission.expectedDischargeDate() == null ? List.of()
                : List.of(new EddChange(null, admission.expectedDischargeDate(), by == null ? FROM_PAS : "set at admission",
                        userOf(by), now));
        episode.noCriteriaPeriods = List.of();
        episode.delays = List.of();
        episode.milestones = List.of();
        episode.audit = List.of();
        episode.version = 1;
        episode.updatedAt = now;
        List<DischargeEvent> events = new ArrayList<>();
        events.add(new PatientAdmitted(episode.id, episode.nhsNumber, episode.hospital, episode.ward, episode.bed,
                episode.admissionMethod.code(), episode.admittedAt, episode.expectedDischargeDate, by, now));
        earlier.filter(episode::isReadmissionAfter).ifPresent(previous -> {
            episode.readmissionOf = previous.id;
            events.add(new PatientReadmitted(episode.id, episode.nhsNumber, episode.hospital, previous.id, previous.hospital,
                    previous.dischargedAt, episode.admittedAt, now));
        });
        return new Started(episode, Change.of(events).with(episode));
    }

    /** A new episode, and the change that stores it with the events its admission causes. */
    public record Started(InpatientEpisode episode, Change change) {
    }

    boolean isReadmissionAfter(InpatientEpisode previous) {
        if (admissionMethod != AdmissionMethod.EMERGENCY || previous.dischargedAt == null
                || previous.dischargedAt.isAfter(admittedAt)) {
            return false;
        }
        return !CareDay.of(admittedAt).isAfter(CareDay.of(previous.dischargedAt).plusDays(READMISSION_DAYS));
    }

    public Change transfer(String toWard, String toBed, Instant at, Practitioner by, Instant now) {
        refuseUnlessAdmitted("transfer");
        refuseFuture("at", at, now);
        if (at.isBefore(admittedAt)) {
            throw new RuleBroken("transfer-before-admission", "A transfer cannot come before the admission",
                    "the person was admitted at " + admittedAt);
        }
        String fromWard = ward;
        wardStays = Stream.concat(wardStays.stream().map(stay -> stay.to() == null ? stay.leftAt(at) : stay),
                Stream.of(new WardStay(toWard, toBed, at, null))).toList();
        ward = toWard;
        bed = toBed;
        changed(now);
        return Change.of(new PatientTransferred(id, nhsNumber, hospital, fromWard, toWard, toBed, at, by, now));
    }

    /**
     * A transfer made in error (ADT A12): the person is back in the ward and bed they left, the stay
     * there runs on as if they had never moved, and the undone move is kept in the audit.
     */
    public Change cancelTransfer(String reason, Practitioner by, Instant now) {
        refuseUnlessAdmitted("cancel the transfer of");
        if (wardStays.size() < 2) {
            throw new RuleBroken("no-transfer", "There is no transfer to cancel",
                    "the person has been on " + ward + " since they were admitted");
        }
        WardStay undone = wardStays.get(wardStays.size() - 1);
        WardStay before = wardStays.get(wardStays.size() - 2);
        wardStays = Stream.concat(wardStays.subList(0, wardStays.size() - 2).stream(),
                Stream.of(new WardStay(before.ward(), before.bed(), before.from(), null))).toList();
        ward = before.ward();
        bed = before.bed();
        audit = append(audit, new Undone("transfer", reason, userOf(by), now, "moved from " + before.ward() + " to "
                + undone.ward() + " at " + undone.from()));
        changed(now);
        return Change.of(new EpisodeCancelled(id, nhsNumber, hospital, "transfer", reason, by, now));
    }

    /** Corrections from an A08: ward, bed or admission details, without a transfer of their own. */
    public Change correct(String newWard, String newBed, AdmissionMethod method, Practitioner by, Instant now) {
        refuseUnlessAdmitted("update");
        if (newWard != null && !newWard.equals(ward)) {
            return transfer(newWard, newBed, now, by, now);
        }
        boolean changed = newBed != null && !newBed.equals(bed) || method != null && method != admissionMethod;
        if (changed) {
            bed = newBed == null ? bed : newBed;
            admissionMethod = method == null ? admissionMethod : method;
            wardStays = wardStays.stream()
                    .map(stay -> stay.to() == null ? new WardStay(stay.ward(), bed, stay.from(), null) : stay)
                    .toList();
            changed(now);
        }
        return Change.none();
    }

    /** The clinical criteria for discharge, set at the first consultant review (no event: it says nothing new to others). */
    public Change setClinicalCriteria(String criteria, Instant now) {
        refuseUnlessAdmitted("set the clinical criteria for discharge of");
        clinicalCriteria = criteria;
        changed(now);
        return Change.none();
    }

    public Change changeExpectedDischargeDate(LocalDate to, String reason, Practitioner by, Instant now) {
        refuseUnlessAdmitted("change the expected date of discharge of");
        LocalDate from = expectedDischargeDate;
        if (to.equals(from)) {
            throw new Conflict("the expected date of discharge is already " + to);
        }
        expectedDischargeDate = to;
        eddChanges = append(eddChanges, new EddChange(from, to, reason, userOf(by), now));
        changed(now);
        return Change.of(new ExpectedDischargeDateChanged(id, nhsNumber, hospital, from, to, reason, by, now));
    }

    /**
     * The expected date of discharge the hospital's patient administration system holds (PV2-9 of an
     * A08), kept in the history {@value #FROM_PAS}; the same date again changes nothing.
     */
    public Change expectedDischargeDateFromPas(LocalDate date, Instant now) {
        return date == null || date.equals(expectedDischargeDate) ? Change.none()
                : changeExpectedDischargeDate(date, FROM_PAS, null, now);
    }

    /** The person no longer meets the criteria to reside: the delayed-days clock starts at {@code since}. */
    public Change noCriteriaToReside(Instant since, Practitioner by, Instant now) {
        refuseUnlessAdmitted("record criteria to reside for");
        if (currentNoCriteria().isPresent()) {
            throw new Conflict("the person already has no criteria to reside, since "
                    + currentNoCriteria().get().from());
        }
        Instant latestEnd = noCriteriaPeriods.stream().map(NoCriteriaPeriod::to).max(Instant::compareTo).orElse(admittedAt);
        if (since.isBefore(latestEnd) || since.isAfter(now)) {
            throw new RuleBroken("invalid-time", "The time is outside the episode",
                    "no criteria to reside must start after " + latestEnd + " and not in the future");
        }
        noCriteriaPeriods = append(noCriteriaPeriods, new NoCriteriaPeriod(since, null, userOf(by), null));
        changed(now);
        return Change.of(new CriteriaToResideRecorded(id, nhsNumber, hospital, ward, true, since, delayedDays(now), by, now));
    }

    /** The person meets the criteria to reside again (they deteriorated): the clock stops, and so do open delays. */
    public Change meetsCriteriaAgain(Instant at, Practitioner by, Instant now) {
        refuseUnlessAdmitted("record criteria to reside for");
        NoCriteriaPeriod open = currentNoCriteria()
                .orElseThrow(() -> new Conflict("the person already meets the criteria to reside"));
        if (at.isBefore(open.from()) || at.isAfter(now)) {
            throw new RuleBroken("invalid-time", "The time is outside the period",
                    "criteria to reside can be met again only after " + open.from() + " and not in the future");
        }
        List<DischargeEvent> events = new ArrayList<>(endOpenDelays(at, by, now));
        noCriteriaPeriods = replace(noCriteriaPeriods, NoCriteriaPeriod::isOpen, period -> period.endedAt(at, userOf(by)));
        changed(now);
        events.add(new CriteriaToResideRecorded(id, nhsNumber, hospital, ward, false, at, delayedDays(now), by, now));
        return Change.of(events);
    }

    /**
     * A delay while the person has no criteria to reside. Delays of one episode never overlap, so
     * each delayed day has one reason and one accountable sector. {@code waitingOn} may link it at once
     * to what it waits on ({@code awaited}: the referral or action it names, as known here), as {@link #linkDelay} does.
     */
    public Change startDelay(DelayReason reason, AccountableSector sector, Instant start, String notes, WaitingOn waitingOn,
            Optional<? extends Awaited> awaited, Practitioner by, Instant now) {
        refuseUnlessAdmitted("record a delay for");
        NoCriteriaPeriod open = currentNoCriteria().orElseThrow(() -> new RuleBroken("criteria-to-reside-met",
                "The person meets the criteria to reside", "a delay can be recorded only while the person has no criteria to reside"));
        if (start.isBefore(open.from()) || start.isAfter(now)) {
            throw new RuleBroken("invalid-time", "The delay starts outside the period with no criteria to reside",
                    "a delay must start between " + open.from() + " and now");
        }
        delays.stream().filter(delay -> delay.overlaps(start, null)).findFirst().ifPresent(clash -> {
            throw new Conflict("overlapping-delay", "The delay overlaps another",
                    "delay " + clash.id() + " (" + clash.code() + ", from " + clash.start()
                            + (clash.end() == null ? ", still open" : " to " + clash.end()) + ") covers that time; end it first")
                    .with("overlappingDelay", clash.id().toString());
        });
        String accountable = waitingOn == null ? null : accountableFor(waitingOn, awaited);
        Delay delay = new Delay(UUID.randomUUID(), reason.codeSet(), reason.code(), reason.reason(), sector, start, null,
                notes, userOf(by), waitingOn, accountable, List.of());
        delays = append(delays, delay);
        changed(now);
        List<DischargeEvent> events = new ArrayList<>();
        events.add(new DelayStarted(id, nhsNumber, hospital, delay.id(), delay.codeSet(), delay.code(), delay.reason(),
                sector.code(), start, notes, by, now));
        if (waitingOn != null) {
            events.add(linked(delay, by, now));
        }
        return Change.of(events);
    }

    /**
     * Links the delay to what it waits on, or changes the link. A referral (or care plan action) must be
     * one known here for this person, with a receiving (or owner) organisation: that organisation becomes
     * accountable for the delay.
     */
    public Change linkDelay(UUID delayId, WaitingOn waitingOn, Optional<? extends Awaited> awaited, Practitioner by,
            Instant now) {
        refuseIfCancelled("link a delay of");
        Delay delay = delay(delayId);
        String accountable = accountableFor(waitingOn, awaited);
        Delay relinked = delay.linkedTo(waitingOn, accountable);
        delays = replace(delays, candidate -> candidate.id().equals(delayId), candidate -> relinked);
        changed(now);
        return Change.of(linked(relinked, by, now));
    }

    /**
     * The organisation the delay is attributed to acknowledges it, or disputes it with a reason. To
     * anyone else the delay does not exist. A later answer replaces the earlier one, which is kept.
     */
    public Change answerDelay(UUID delayId, DelayAnswer.Kind kind, String reason, CareActor actor, Instant now) {
        Delay delay = delays.stream().filter(candidate -> candidate.id().equals(delayId))
                .filter(candidate -> DelayAnswer.mayAnswer(actor, candidate.accountableOrganisation()))
                .findFirst()
                .orElseThrow(() -> new NotVisible("no delay " + delayId));
        refuseIfCancelled("answer a delay of");
        if (kind == DelayAnswer.Kind.DISPUTED && (reason == null || reason.isBlank())) {
            throw InvalidInput.field("reason", "is required to dispute a delay: say why it is not waiting on "
                    + actor.organisation());
        }
        Practitioner by = actor.practitioner();
        DelayAnswer answer = new DelayAnswer(kind, reason, actor.organisation(), by.userId(), by.name(), now);
        delays = replace(delays, candidate -> candidate.id().equals(delayId), candidate -> candidate.answered(answer));
        changed(now);
        UUID referralId = delay.waitingOn().referralId();
        return Change.of(kind == DelayAnswer.Kind.ACKNOWLEDGED
                ? new DelayAcknowledged(id, nhsNumber, hospital, delayId, delay.code(), actor.organisation(), referralId,
                        reason, by, now)
                : new DelayDisputed(id, nhsNumber, hospital, delayId, delay.code(), actor.organisation(), referralId, reason,
                        by, now));
    }

    /**
     * A referral's receiving organisation or an action's owner organisation, when it is this person's and
     * known here; a milestone names no organisation.
     */
    private String accountableFor(WaitingOn waitingOn, Optional<? extends Awaited> awaited) {
        if (waitingOn.milestone() != null) {
            return null;
        }
        return awaited.filter(known -> known.isNamedBy(waitingOn))
                .filter(known -> known.nhsNumber().equals(nhsNumber))
                .map(Awaited::accountableOrganisation)
                .orElseThrow(() -> unknown(waitingOn));
    }

    private static RuleBroken unknown(WaitingOn waitingOn) {
        if (waitingOn.referralId() != null) {
            return new RuleBroken("unknown-referral", "The referral is not known for this person",
                    "referral " + waitingOn.referralId() + " is not one discharge-service has heard of (care.referrals.v1)"
                            + " for this person, with a receiving organisation; link a referral made for them");
        }
        return new RuleBroken("unknown-action", "The care plan action is not known for this person",
                "action " + waitingOn.actionId() + " of care plan " + waitingOn.carePlanId() + " is not one discharge-service"
                        + " has heard of (care.careplans.v1) for this person, with an owner organisation; link an action"
                        + " of their care plan");
    }

    private DelayLinked linked(Delay delay, Practitioner by, Instant now) {
        WaitingOn on = delay.waitingOn();
        return new DelayLinked(id, nhsNumber, hospital, delay.id(), delay.code(), delay.sector().code(), on.kind(),
                on.referralId(), on.carePlanId(), on.actionId(), on.milestone() == null ? null : on.milestone().code(),
                delay.accountableOrganisation(), by, now);
    }

    private Delay delay(UUID delayId) {
        return delays.stream().filter(candidate -> candidate.id().equals(delayId)).findFirst()
                .orElseThrow(() -> new NotVisible("episode " + id + " has no delay " + delayId));
    }

    public Change endDelay(UUID delayId, Instant end, Practitioner by, Instant now) {
        refuseUnlessAdmitted("end a delay of");
        Delay delay = delay(delayId);
        if (!delay.isOpen()) {
            throw new Conflict("the delay already ended at " + delay.end());
        }
        if (end.isBefore(delay.start()) || end.isAfter(now)) {
            throw new RuleBroken("invalid-time", "The end is outside the delay", "a delay ends after it starts and not in the future");
        }
        delays = replace(delays, candidate -> candidate.id().equals(delayId), candidate -> candidate.endedAt(end));
        changed(now);
        return Change.of(ended(delay, end, by, now));
    }

    public Change planPathway(int pathway, Practitioner by, Instant now) {
        refuseUnlessAdmitted("plan the pathway of");
        plannedPathway = pathway;
        changed(now);
        return Change.of(new DischargePathwaySet(id, nhsNumber, hospital, pathway, "planned", by, now));
    }

    public Change updateMilestone(Milestone milestone, Practitioner by, Instant now) {
        refuseUnlessAdmitted("update the milestones of");
        milestones = Stream.concat(milestones.stream().filter(existing -> existing.milestone() != milestone.milestone()),
                Stream.of(milestone)).sorted((a, b) -> a.milestone().compareTo(b.milestone())).toList();
        changed(now);
        return Change.of(new MilestoneUpdated(id, nhsNumber, hospital, milestone.milestone().code(), milestone.status().code(),
                milestone.ownerOrganisation(), milestone.ownerTeam(), milestone.dueDate(), milestone.referralId(), by, now));
    }

    /**
     * An accepted referral to a package-of-care service meets "package of care confirmed", once per
     * referral; what staff had recorded before is kept, to be put back if the referral ends.
     */
    public Change packageOfCareArranged(UUID referralId, String organisation, String team, Instant at) {
        Optional<Milestone> current = milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED);
        boolean already = current
                .filter(existing -> existing.status() == MilestoneStatus.DONE && referralId.equals(existing.referralId()))
                .isPresent();
        if (status != EpisodeStatus.ADMITTED || already) {
            return Change.none();
        }
        Milestone recordedByStaff = current.map(existing -> existing.referralId() == null ? existing : existing.previous())
                .orElse(null);
        return updateMilestone(new Milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED, MilestoneStatus.DONE, organisation,
                team, null, referralId, "referral " + referralId, at, recordedByStaff), null, at);
    }

    /**
     * The referral that met "package of care confirmed" was cancelled or rejected: another accepted
     * one ({@code stillHeldBy}) meets it instead, or it goes back to what staff had recorded (else
     * not started). A milestone staff changed since, or another referral holds, is left alone.
     */
    public Change packageOfCareWithdrawn(UUID referralId, Optional<ReferralAccess> stillHeldBy, Instant at) {
        Optional<Milestone> held = milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED)
                .filter(existing -> referralId.equals(existing.referralId()));
        if (status != EpisodeStatus.ADMITTED || held.isEmpty()) {
            return Change.none();
        }
        if (stillHeldBy.isPresent()) {
            ReferralAccess other = stillHeldBy.get();
            return packageOfCareArranged(other.referralId(), other.organisation(), other.team(), at);
        }
        Milestone putBack = held.get().previous() != null ? held.get().previous()
                : new Milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED, MilestoneStatus.NOT_STARTED, null, null, null, null,
                        "referral " + referralId + " ended", at, null);
        return updateMilestone(putBack, null, at);
    }

    /** The person leaves: the clock and any open delay stop at the time they left. */
    public Change discharge(Instant when, Integer pathway, String leftFor, Practitioner by, Instant now) {
        refuseUnlessAdmitted("discharge");
        // to the column's precision, so a cancelled discharge finds what it stopped by this very time
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        refuseFuture("at", at, now);
        if (at.isBefore(admittedAt)) {
            throw new RuleBroken("invalid-time", "The discharge time is outside the episode",
                    "a discharge is after the admission (" + admittedAt + ")");
        }
        List<DischargeEvent> events = new ArrayList<>(endOpenDelays(at, by, now));
        noCriteriaPeriods = replace(noCriteriaPeriods, NoCriteriaPeriod::isOpen, period -> period.endedAt(at, userOf(by)));
        wardStays = wardStays.stream().map(stay -> stay.to() == null ? stay.leftAt(at) : stay).toList();
        status = EpisodeStatus.DISCHARGED;
        dischargedAt = at;
        actualPathway = pathway;
        destination = leftFor;
        changed(now);
        if (pathway != null) {
            events.add(new DischargePathwaySet(id, nhsNumber, hospital, pathway, "actual", by, now));
        }
        events.add(new PatientDischarged(id, nhsNumber, hospital, ward, at, pathway, leftFor, delayedDays(now), by, now));
        return Change.of(events);
    }

    /** An admission made in error: the episode stays, marked cancelled, with the reason. */
    public Change cancelAdmission(String reason, Practitioner by, Instant now) {
        refuseUnlessAdmitted("cancel the admission of");
        status = EpisodeStatus.CANCELLED;
        audit = append(audit, new Undone("admission", reason, userOf(by), now, "admitted at " + admittedAt + " to " + ward));
        changed(now);
        return Change.of(new EpisodeCancelled(id, nhsNumber, hospital, "admission", reason, by, now));
    }

    /** A discharge made in error: the person is in hospital again, and what the discharge stopped runs on. */
    public Change cancelDischarge(String reason, Practitioner by, Instant now) {
        if (status != EpisodeStatus.DISCHARGED) {
            throw refused("cancel the discharge of");
        }
        Instant left = dischargedAt;
        audit = append(audit, new Undone("discharge", reason, userOf(by), now, "discharged at " + left
                + (actualPathway == null ? "" : " on pathway " + actualPathway)
                + (destination == null ? "" : " to " + destination)));
        noCriteriaPeriods = replace(noCriteriaPeriods, period -> left.equals(period.to()), NoCriteriaPeriod::reopened);
        delays = replace(delays, delay -> left.equals(delay.end()), Delay::reopened);
        wardStays = replace(wardStays, stay -> left.equals(stay.to()), stay -> new WardStay(stay.ward(), stay.bed(), stay.from(), null));
        status = EpisodeStatus.ADMITTED;
        dischargedAt = null;
        actualPathway = null;
        destination = null;
        changed(now);
        return Change.of(new EpisodeCancelled(id, nhsNumber, hospital, "discharge", reason, by, now));
    }

    /** Delayed days so far: London calendar days with no criteria to reside, up to discharge or now. */
    public long delayedDays(Instant now) {
        Instant until = dischargedAt == null ? now : dischargedAt;
        return noCriteriaPeriods.stream()
                .mapToLong(period -> DelayedDays.between(period.from(), period.to() == null ? until : period.to()))
                .sum();
    }

    /** Whether the day counts as a delayed bed-day of this episode. */
    public boolean isDelayedOn(LocalDate day) {
        return status != EpisodeStatus.CANCELLED && noCriteriaPeriods.stream()
                .anyMatch(period -> DelayedDays.isDelayedDay(day, period.from(), period.to() == null ? dischargedAt : period.to()));
    }

    /** In hospital with no criteria to reside at that moment. */
    public boolean hasNoCriteriaAt(Instant at) {
        return status != EpisodeStatus.CANCELLED && !admittedAt.isAfter(at) && (dischargedAt == null || dischargedAt.isAfter(at))
                && noCriteriaPeriods.stream().anyMatch(period -> !period.from().isAfter(at)
                        && (period.to() == null || period.to().isAfter(at)));
    }

    /** The delay running at that moment, if any. */
    public Optional<Delay> delayAt(Instant at) {
        return delays.stream().filter(delay -> !delay.start().isAfter(at) && (delay.end() == null || delay.end().isAfter(at)))
                .findFirst();
    }

    /** The delay whose delayed days include the day, if any. */
    public Optional<Delay> delayOn(LocalDate day) {
        return delays.stream().filter(delay -> DelayedDays.isDelayedDay(day, delay.start(), delay.end()))
                .reduce((earlier, later) -> later);
    }

    public Optional<NoCriteriaPeriod> currentNoCriteria() {
        return noCriteriaPeriods.stream().filter(NoCriteriaPeriod::isOpen).findFirst();
    }

    public Optional<Milestone> milestone(MilestoneKind kind) {
        return milestones.stream().filter(existing -> existing.milestone() == kind).findFirst();
    }

    public boolean isOpen() {
        return status == EpisodeStatus.ADMITTED;
    }

    private List<DelayEnded> endOpenDelays(Instant at, Practitioner by, Instant now) {
        List<DelayEnded> events = delays.stream().filter(Delay::isOpen).map(delay -> ended(delay, at, by, now)).toList();
        delays = replace(delays, Delay::isOpen, delay -> delay.endedAt(at));
        return events;
    }

    private DelayEnded ended(Delay delay, Instant end, Practitioner by, Instant now) {
        return new DelayEnded(id, nhsNumber, hospital, delay.id(), delay.codeSet(), delay.code(), delay.sector().code(),
                delay.start(), end, by, now);
    }

    /** Whether the time is later than now, beyond what two clocks may disagree by. */
    public static boolean isFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(CLOCK_SKEW));
    }

    private static void refuseFuture(String field, Instant at, Instant now) {
        if (isFuture(at, now)) {
            throw InvalidInput.field(field, "must not be in the future (it is " + at + ", now is " + now + ")");
        }
    }

    private void refuseIfCancelled(String what) {
        if (status == EpisodeStatus.CANCELLED) {
            throw refused(what);
        }
    }

    private void refuseUnlessAdmitted(String what) {
        if (status != EpisodeStatus.ADMITTED) {
            throw refused(what);
        }
    }

    private Refusal refused(String what) {
        return new IllegalTransition("Not allowed in the episode's current state",
                "cannot " + what + " an episode that is " + status.code()).with("currentStatus", status.code());
    }

    private void changed(Instant now) {
        version++;
        updatedAt = now;
    }

    private static String userOf(Practitioner by) {
        return by == null ? "hospital system (ADT)" : by.userId();
    }

    private static <T> List<T> append(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        return list.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }

    public UUID id() { return id; }
    public String nhsNumber() { return nhsNumber; }
    public String hospital() { return hospital; }
    public String visitNumber() { return visitNumber; }
    public EpisodeStatus status() { return status; }
    public String ward() { return ward; }
    public String bed() { return bed; }
    public Instant admittedAt() { return admittedAt; }
    public AdmissionMethod admissionMethod() { return admissionMethod; }
    public String clinicalCriteria() { return clinicalCriteria; }
    public LocalDate expectedDischargeDate() { return expectedDischargeDate; }
    public Integer plannedPathway() { return plannedPathway; }
    public Integer actualPathway() { return actualPathway; }
    public String destination() { return destination; }
    public Instant dischargedAt() { return dischargedAt; }
    public UUID readmissionOf() { return readmissionOf; }
    public List<WardStay> wardStays() { return wardStays; }
    public List<EddChange> eddChanges() { return eddChanges; }
    public List<NoCriteriaPeriod> noCriteriaPeriods() { return noCriteriaPeriods; }
    public List<Delay> delays() { return delays; }
    public List<Milestone> milestones() { return milestones; }
    public List<Undone> audit() { return audit; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
