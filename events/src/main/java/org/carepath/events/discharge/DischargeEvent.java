package org.carepath.events.discharge;

import org.carepath.events.CareEvent;

/**
 * Hospital stays and their discharge: the events of {@code care.discharges.v1}, keyed by the person's NHS number.
 * A consumer handles them with a {@link Handler}: one method per event type, so a new type is a
 * compile error in every consumer until it says what the type means to it.
 */
public sealed interface DischargeEvent extends CareEvent permits
        CriteriaToResideRecorded,
        DelayAcknowledged,
        DelayDisputed,
        DelayEnded,
        DelayLinked,
        DelayStarted,
        DemographicsReported,
        DischargePathwaySet,
        EpisodeCancelled,
        ExpectedDischargeDateChanged,
        MilestoneUpdated,
        PatientAdmitted,
        PatientDischarged,
        PatientReadmitted,
        PatientRecordsMerged,
        PatientTransferred {

    <R> R handle(Handler<R> handler);

    /** What a consumer does with each event of the topic. */
    interface Handler<R> {

        R on(CriteriaToResideRecorded event);

        R on(DelayAcknowledged event);

        R on(DelayDisputed event);

        R on(DelayEnded event);

        R on(DelayLinked event);

        R on(DelayStarted event);

        R on(DemographicsReported event);

        R on(DischargePathwaySet event);

        R on(EpisodeCancelled event);

        R on(ExpectedDischargeDateChanged event);

        R on(MilestoneUpdated event);

        R on(PatientAdmitted event);

        R on(PatientDischarged event);

        R on(PatientReadmitted event);

        R on(PatientRecordsMerged event);

        R on(PatientTransferred event);
    }
}
