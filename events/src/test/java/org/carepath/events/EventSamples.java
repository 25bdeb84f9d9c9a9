package org.carepath.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.careplan.MdtDecisionRecorded;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.events.identity.BreakGlassUsed;
import org.carepath.events.identity.PersonMerged;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralResumed;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;

/** One realistic instance of every event record, fresh on every call. */
final class EventSamples {

    private static final String NHS_NUMBER = "9434765919";
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final UUID PLAN = UUID.fromString("0b7e4c1a-3f2d-4a8e-9c6b-5d1e2f3a4b5c");
    private static final UUID ACTION = UUID.fromString("5f0c2d7e-8a41-4b3c-9e6d-1a2b3c4d5e6f");
    private static final UUID EPISODE = UUID.fromString("3c9a1e52-7b4d-4f08-a6e1-2d5c8b9f0a17");
    private static final UUID DELAY = UUID.fromString("8e2f4a61-0c3b-4d7e-b5a9-6f1d2c3e4b58");
    private static final UUID REFERRAL = UUID.fromString("6a1d3b2c-4e5f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID REABLEMENT = UUID.fromString("5f0c1c2e-8d7a-4e59-9b1a-0c6f3a9d2e11");

    static final Map<Class<? extends CareEvent>, Supplier<CareEvent>> BY_TYPE = Map.ofEntries(
            Map.entry(ReferralSubmitted.class, EventSamples::referralSubmitted),
            Map.entry(ReferralReceived.class, () -> new ReferralReceived(UUID.randomUUID(), NHS_NUMBER, triager(), AT)),
            Map.entry(ReferralTriaged.class, () -> new ReferralTriaged(UUID.randomUUID(), NHS_NUMBER, triager(), "high",
                    "Lives alone, two falls this month", AT)),
            Map.entry(ReferralAccepted.class, () -> new ReferralAccepted(UUID.randomUUID(), NHS_NUMBER, triager(), REABLEMENT,
                    "Home reablement", "RY1", "reablement", "RX1", AT)),
            Map.entry(ReferralRejected.class, () -> new ReferralRejected(UUID.randomUUID(), NHS_NUMBER, triager(),
                    "Outside our area: the person lives in the next borough", AT)),
            Map.entry(ReferralRedirected.class, () -> new ReferralRedirected(UUID.randomUUID(), NHS_NUMBER, triager(),
                    "Needs social care assessment first", UUID.randomUUID(), UUID.randomUUID(), "LA1", AT)),
            Map.entry(ReferralCancelled.class, () -> new ReferralCancelled(UUID.randomUUID(), NHS_NUMBER, referrer(),
                    "Patient died", AT)),
            Map.entry(ReferralStarted.class, () -> new ReferralStarted(UUID.randomUUID(), NHS_NUMBER, triager(), AT)),
            Map.entry(ReferralHeld.class, () -> new ReferralHeld(UUID.randomUUID(), NHS_NUMBER, triager(),
                    "Readmitted to hospital", AT)),
            Map.entry(ReferralResumed.class, () -> new ReferralResumed(UUID.randomUUID(), NHS_NUMBER, triager(), AT)),
            Map.entry(ReferralCompleted.class, () -> new ReferralCompleted(UUID.randomUUID(), NHS_NUMBER, triager(), "RY1",
                    "reablement", AT)),
            Map.entry(ReferralResponseOverdue.class, () -> new ReferralResponseOverdue(UUID.randomUUID(), NHS_NUMBER,
                    REABLEMENT, "RY1", "reablement", "urgent", AT, AT.plusSeconds(60))),
            Map.entry(CarePlanCreated.class, () -> new CarePlanCreated(PLAN, NHS_NUMBER, coordinator(), coordinator(),
                    "Known to the council's front door; no referral yet", AT)),
            Map.entry(CarePlanActivated.class, () -> new CarePlanActivated(PLAN, NHS_NUMBER, 2, coordinator(), AT)),
            Map.entry(CarePlanVersioned.class, () -> new CarePlanVersioned(PLAN, NHS_NUMBER, 3, "active",
                    "content: summary, goals", coordinator(), AT)),
            Map.entry(CarePlanCompleted.class, () -> new CarePlanCompleted(PLAN, NHS_NUMBER, 7, coordinator(), AT)),
            Map.entry(CareTeamMemberJoined.class, () -> new CareTeamMemberJoined(PLAN, NHS_NUMBER, UUID.randomUUID(),
                    "RY1", "reablement", null, null, "referral: Home reablement", UUID.randomUUID(), triager(), AT)),
            Map.entry(CareTeamMemberLeft.class, () -> new CareTeamMemberLeft(PLAN, NHS_NUMBER, UUID.randomUUID(), "RY1",
                    "reablement", "Referral completed", AT)),
            Map.entry(CareCoordinatorAssigned.class, () -> new CareCoordinatorAssigned(PLAN, NHS_NUMBER, coordinator(),
                    triager(), "Moved to the reablement team's caseload", coordinator(), AT)),
            Map.entry(CarePlanActionAssigned.class, () -> new CarePlanActionAssigned(PLAN, NHS_NUMBER, 4, ACTION,
                    "Order a perching stool", "personal-care-and-daily-living", reablementTeam(), LocalDate.of(2026, 12, 4),
                    null, coordinator(), AT)),
            Map.entry(CarePlanActionCompleted.class, () -> new CarePlanActionCompleted(PLAN, NHS_NUMBER, 5, ACTION,
                    "Order a perching stool", reablementTeam(), triager(), AT)),
            Map.entry(CarePlanActionOverdue.class, () -> new CarePlanActionOverdue(PLAN, NHS_NUMBER, ACTION,
                    "Order a perching stool", reablementTeam(), LocalDate.of(2026, 12, 4), AT)),
            Map.entry(CarePlanReviewDue.class, () -> new CarePlanReviewDue(PLAN, NHS_NUMBER, LocalDate.of(2027, 1, 15),
                    coordinator(), AT)),
            Map.entry(MdtDecisionRecorded.class, () -> new MdtDecisionRecorded(PLAN, NHS_NUMBER, UUID.randomUUID(),
                    UUID.randomUUID(), "LA1", "locality-mdt", "Reablement for six weeks, then review", List.of(ACTION),
                    coordinator(), AT)),
            Map.entry(CareServicePublished.class, () -> new CareServicePublished(REABLEMENT, "Home reablement", "RY1",
                    "reablement", "community", "Northfield", List.of("routine", "urgent"),
                    Map.of("routine", "5 working days", "urgent", "PT24H"), AT, "reablement")),
            Map.entry(CareServiceRetired.class, () -> new CareServiceRetired(REABLEMENT, "Home reablement", "RY1",
                    LocalDate.parse("2026-12-01"), UUID.randomUUID(), "Merged into the council's reablement service", AT)),
            // discharge-service
            Map.entry(PatientAdmitted.class, () -> new PatientAdmitted(EPISODE, NHS_NUMBER, "RX1", "ward-7", "B12", "emergency",
                    AT, LocalDate.parse("2026-11-27"), null, AT)),
            Map.entry(PatientTransferred.class, () -> new PatientTransferred(EPISODE, NHS_NUMBER, "RX1", "ward-7", "ward-9",
                    null, AT, referrer(), AT)),
            Map.entry(ExpectedDischargeDateChanged.class, () -> new ExpectedDischargeDateChanged(EPISODE, NHS_NUMBER, "RX1",
                    LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-30"), "Waiting for a scan", referrer(), AT)),
            Map.entry(CriteriaToResideRecorded.class, () -> new CriteriaToResideRecorded(EPISODE, NHS_NUMBER, "RX1", "ward-7",
                    true, AT, 0, referrer(), AT)),
            Map.entry(DelayStarted.class, () -> new DelayStarted(EPISODE, NHS_NUMBER, "RX1", DELAY, "england", "E",
                    "Care package in own home", "social-care", AT, "No home care provider with capacity", referrer(), AT)),
            Map.entry(DelayEnded.class, () -> new DelayEnded(EPISODE, NHS_NUMBER, "RX1", DELAY, "england", "E", "social-care",
                    AT, AT.plusSeconds(86_400), referrer(), AT)),
            Map.entry(DelayLinked.class, () -> new DelayLinked(EPISODE, NHS_NUMBER, "RX1", DELAY, "E", "social-care", "referral",
                    REFERRAL, null, null, null, "LA1", referrer(), AT)),
            Map.entry(DelayAcknowledged.class, () -> new DelayAcknowledged(EPISODE, NHS_NUMBER, "RX1", DELAY, "E", "LA1",
                    REFERRAL, null, referrer(), AT)),
            Map.entry(DelayDisputed.class, () -> new DelayDisputed(EPISODE, NHS_NUMBER, "RX1", DELAY, "E", "LA1", REFERRAL,
                    "No referral for a care package was received before 12 November", referrer(), AT)),
            Map.entry(DischargePathwaySet.class, () -> new DischargePathwaySet(EPISODE, NHS_NUMBER, "RX1", 1, "planned",
                    referrer(), AT)),
            Map.entry(MilestoneUpdated.class, () -> new MilestoneUpdated(EPISODE, NHS_NUMBER, "RX1", "package-of-care-confirmed",
                    "done", "RY1", "reablement", null, UUID.randomUUID(), null, AT)),
            Map.entry(PatientDischarged.class, () -> new PatientDischarged(EPISODE, NHS_NUMBER, "RX1", "ward-7", AT, 1,
                    "usual place of residence", 3, referrer(), AT)),
            Map.entry(PatientReadmitted.class, () -> new PatientReadmitted(UUID.randomUUID(), NHS_NUMBER, "RX1", EPISODE, "RX1",
                    AT, AT.plusSeconds(10 * 86_400), AT)),
            Map.entry(EpisodeCancelled.class, () -> new EpisodeCancelled(EPISODE, NHS_NUMBER, "RX1", "discharge",
                    "Discharge entered against the wrong patient", null, AT)),
            Map.entry(PatientRecordsMerged.class, () -> new PatientRecordsMerged(NHS_NUMBER, "9434765870", "RX1", AT, AT)),
            Map.entry(DemographicsReported.class, () -> new DemographicsReported(NHS_NUMBER, "RX1", "Ada", "Lovelace",
                    LocalDate.of(1941, 12, 10), "LS1 4AP", AT)),
            // identity-service
            Map.entry(PersonMerged.class, () -> new PersonMerged(NHS_NUMBER, "9434765870",
                    "Registered twice at admission: same name, date of birth and address", coordinator(), AT)),
            Map.entry(BreakGlassUsed.class, () -> new BreakGlassUsed(NHS_NUMBER, referrer(), "discharge-coordinator",
                    "Unconscious in A&E, no relationship yet", AT.plusSeconds(3600), AT)));

    private EventSamples() {
    }

    static ReferralSubmitted referralSubmitted() {
        return new ReferralSubmitted(UUID.randomUUID(), NHS_NUMBER, referrer(), REABLEMENT, "Home reablement", "RY1",
                "reablement", "urgent", "Needs help with washing and dressing after a fall", null, AT);
    }

    private static Practitioner referrer() {
        return new Practitioner("hana.ahmed", "Hana Ahmed", "RX1", "ward-7");
    }

    private static Practitioner coordinator() {
        return new Practitioner("amy.lee", "Amy Lee", "LA1", "adult-social-care");
    }

    private static ActionOwner reablementTeam() {
        return new ActionOwner("RY1", "reablement", null, null);
    }

    private static Practitioner triager() {
        return new Practitioner("colin.reed", "Colin Reed", "RY1", null);
    }
}
