package org.carepath.identity.journey;

import java.time.Instant;

import org.carepath.events.Practitioner;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.platform.nhs.NhsNumbers;

/**
 * A hospital stay in plain words: where the person is, whether they still need to be there, and what holds them up.
 * Dated when it happened where the event says (an admission keyed in three days late is three days old).
 */
final class DischargeWording implements DischargeEvent.Handler<Told> {

    private static final String[] PATHWAYS = {
        "pathway 0 (home, no new support)", "pathway 1 (home with support)",
        "pathway 2 (short-term bed-based care)", "pathway 3 (long-term 24-hour care)" };

    @Override
    public Told on(PatientAdmitted e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), "Admitted to hospital " + e.hospital() + ", "
                + e.ward() + " (" + e.admissionMethod() + ")"
                + (e.expectedDischargeDate() == null ? "" : "; expected to go home " + e.expectedDischargeDate()))
                .happened(e.admittedAt());
    }

    @Override
    public Told on(PatientReadmitted e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, null, "Back in hospital as an emergency within 30 days of"
                + " leaving " + e.earlierHospital())
                .happened(e.admittedAt());
    }

    @Override
    public Told on(PatientTransferred e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), e.toWard(), e.by(), "Moved to " + e.toWard()
                + (e.fromWard() == null ? "" : " from " + e.fromWard()))
                .happened(e.transferredAt());
    }

    @Override
    public Told on(ExpectedDischargeDateChanged e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "Expected date of going home is now " + e.to()
                + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @Override
    public Told on(CriteriaToResideRecorded e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), e.noCriteriaToReside()
                ? "Medically ready to leave hospital (no longer needs a hospital bed)"
                : "Needs hospital care again (no longer ready to leave)")
                .happened(e.since());
    }

    @Override
    public Told on(DelayStarted e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "Leaving hospital is delayed: " + e.reason()
                + " (" + e.reasonCode() + ", " + e.sector() + ")")
                .happened(e.startedAt());
    }

    @Override
    public Told on(DelayEnded e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "A delay to leaving hospital ended ("
                + e.reasonCode() + ")")
                .happened(e.endedAt());
    }

    @Override
    public Told on(DelayLinked e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "A delay to leaving hospital (" + e.reasonCode()
                + ") waits on " + switch (e.waitingOn()) {
                    case "referral" -> "a referral" + (e.accountableOrganisation() == null ? "" : " to " + e.accountableOrganisation());
                    case "care-plan-action" -> "a care plan action";
                    default -> "the milestone " + e.milestone().replace('-', ' ');
                });
    }

    /** Said by the organisation the delay waits on: both sides see it on the journey. */
    @Override
    public Told on(DelayAcknowledged e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), e.accountableOrganisation() + " acknowledged the delay to leaving"
                + " hospital (" + e.reasonCode() + ")" + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @Override
    public Told on(DelayDisputed e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), e.accountableOrganisation() + " disputed the delay to leaving"
                + " hospital (" + e.reasonCode() + "): " + e.reason());
    }

    @Override
    public Told on(DischargePathwaySet e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), (e.kind().equals("planned") ? "Planned to leave on "
                : "Left on ") + PATHWAYS[e.pathway()]);
    }

    @Override
    public Told on(MilestoneUpdated e) {
        return at(e.nhsNumber(), e.at(), e.ownerOrganisation() == null ? e.hospital() : e.ownerOrganisation(),
                e.ownerTeam(), e.by(), "Ready to leave: " + e.milestone().replace('-', ' ') + " is " + e.status()
                        .replace('-', ' '));
    }

    @Override
    public Told on(PatientDischarged e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), "Left hospital"
                + (e.destination() == null ? "" : " for " + e.destination())
                + (e.delayedDays() == 0 ? "" : " after " + e.delayedDays() + " delayed day(s)"))
                .happened(e.dischargedAt());
    }

    @Override
    public Told on(EpisodeCancelled e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "The hospital cancelled the " + e.cancelled()
                + " recorded in error" + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @Override
    public Told on(PatientRecordsMerged e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, null, "Hospital " + e.hospital()
                + " found two records of this person and merged NHS number " + NhsNumbers.display(e.mergedNhsNumber())
                + " into " + NhsNumbers.display(e.nhsNumber()))
                .happened(e.mergedAt());
    }

    /** Which details changed is not said: the journey is read by everyone involved, the details by fewer. */
    @Override
    public Told on(DemographicsReported e) {
        return at(e.nhsNumber(), e.at(), e.hospital(), null, null, "Hospital " + e.hospital()
                + " registered or updated the person's details");
    }

    /** Said by the member of staff who did it, or by the hospital's own system when it came over ADT. */
    private static Told at(String nhsNumber, Instant at, String organisation, String team, Practitioner by,
            String summary) {
        return by == null ? Told.withoutActor(nhsNumber, at, organisation, team, summary)
                : Told.by(nhsNumber, at, by, summary);
    }
}
