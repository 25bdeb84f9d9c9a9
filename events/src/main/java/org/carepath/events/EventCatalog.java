package org.carepath.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/**
 * Every event type CarePath publishes: its type name, topic, record and JSON Schema.
 * A new event type is added here, and the schema test then holds it to its schema.
 */
public final class EventCatalog {

    public record Entry(String type, String topic, Class<? extends CareEvent> recordType) {

        /** Classpath location of the JSON Schema of the event's {@code data}. */
        public String schemaPath() {
            return "/schemas/" + type + ".schema.json";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(ReferralSubmitted.TYPE, Topics.REFERRALS, ReferralSubmitted.class),
            new Entry(ReferralReceived.TYPE, Topics.REFERRALS, ReferralReceived.class),
            new Entry(ReferralTriaged.TYPE, Topics.REFERRALS, ReferralTriaged.class),
            new Entry(ReferralAccepted.TYPE, Topics.REFERRALS, ReferralAccepted.class),
            new Entry(ReferralRejected.TYPE, Topics.REFERRALS, ReferralRejected.class),
            new Entry(ReferralRedirected.TYPE, Topics.REFERRALS, ReferralRedirected.class),
            new Entry(ReferralCancelled.TYPE, Topics.REFERRALS, ReferralCancelled.class),
            new Entry(ReferralStarted.TYPE, Topics.REFERRALS, ReferralStarted.class),
            new Entry(ReferralHeld.TYPE, Topics.REFERRALS, ReferralHeld.class),
            new Entry(ReferralResumed.TYPE, Topics.REFERRALS, ReferralResumed.class),
            new Entry(ReferralCompleted.TYPE, Topics.REFERRALS, ReferralCompleted.class),
            new Entry(ReferralResponseOverdue.TYPE, Topics.REFERRALS, ReferralResponseOverdue.class),
            new Entry(CarePlanCreated.TYPE, Topics.CAREPLANS, CarePlanCreated.class),
            new Entry(CarePlanActivated.TYPE, Topics.CAREPLANS, CarePlanActivated.class),
            new Entry(CarePlanVersioned.TYPE, Topics.CAREPLANS, CarePlanVersioned.class),
            new Entry(CarePlanCompleted.TYPE, Topics.CAREPLANS, CarePlanCompleted.class),
            new Entry(CareTeamMemberJoined.TYPE, Topics.CAREPLANS, CareTeamMemberJoined.class),
            new Entry(CareTeamMemberLeft.TYPE, Topics.CAREPLANS, CareTeamMemberLeft.class),
            new Entry(CareCoordinatorAssigned.TYPE, Topics.CAREPLANS, CareCoordinatorAssigned.class),
            new Entry(CarePlanActionAssigned.TYPE, Topics.CAREPLANS, CarePlanActionAssigned.class),
            new Entry(CarePlanActionCompleted.TYPE, Topics.CAREPLANS, CarePlanActionCompleted.class),
            new Entry(CarePlanActionOverdue.TYPE, Topics.CAREPLANS, CarePlanActionOverdue.class),
            new Entry(CarePlanReviewDue.TYPE, Topics.CAREPLANS, CarePlanReviewDue.class),
            new Entry(MdtDecisionRecorded.TYPE, Topics.CAREPLANS, MdtDecisionRecorded.class),
            new Entry(CareServicePublished.TYPE, Topics.DIRECTORY, CareServicePublished.class),
            new Entry(CareServiceRetired.TYPE, Topics.DIRECTORY, CareServiceRetired.class),
            // discharge-service
            new Entry(PatientAdmitted.TYPE, Topics.DISCHARGES, PatientAdmitted.class),
            new Entry(PatientTransferred.TYPE, Topics.DISCHARGES, PatientTransferred.class),
            new Entry(ExpectedDischargeDateChanged.TYPE, Topics.DISCHARGES, ExpectedDischargeDateChanged.class),
            new Entry(CriteriaToResideRecorded.TYPE, Topics.DISCHARGES, CriteriaToResideRecorded.class),
            new Entry(DelayStarted.TYPE, Topics.DISCHARGES, DelayStarted.class),
            new Entry(DelayEnded.TYPE, Topics.DISCHARGES, DelayEnded.class),
            new Entry(DelayLinked.TYPE, Topics.DISCHARGES, DelayLinked.class),
            new Entry(DelayAcknowledged.TYPE, Topics.DISCHARGES, DelayAcknowledged.class),
            new Entry(DelayDisputed.TYPE, Topics.DISCHARGES, DelayDisputed.class),
            new Entry(DischargePathwaySet.TYPE, Topics.DISCHARGES, DischargePathwaySet.class),
            new Entry(MilestoneUpdated.TYPE, Topics.DISCHARGES, MilestoneUpdated.class),
            new Entry(PatientDischarged.TYPE, Topics.DISCHARGES, PatientDischarged.class),
            new Entry(PatientReadmitted.TYPE, Topics.DISCHARGES, PatientReadmitted.class),
            new Entry(EpisodeCancelled.TYPE, Topics.DISCHARGES, EpisodeCancelled.class),
            new Entry(PatientRecordsMerged.TYPE, Topics.DISCHARGES, PatientRecordsMerged.class),
            new Entry(DemographicsReported.TYPE, Topics.DISCHARGES, DemographicsReported.class),
            // identity-service
            new Entry(PersonMerged.TYPE, Topics.IDENTITY, PersonMerged.class),
            new Entry(BreakGlassUsed.TYPE, Topics.IDENTITY, BreakGlassUsed.class));

    // every consumed record looks its type up here
    private static final Map<String, Entry> BY_TYPE = ENTRIES.stream()
            .collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<Entry> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The entry of an event record; a record missing from the catalogue is a programming error. */
    public static Entry of(Class<? extends CareEvent> recordType) {
        return ENTRIES.stream()
                .filter(entry -> entry.recordType() == recordType)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(recordType.getName() + " is not in the event catalogue"));
    }
}
