package org.carepath.identity.journey;

import java.time.Instant;
import java.util.Optional;

import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.events.Practitioner;
import org.carepath.identity.journey.JourneyWording.Told;

/**
 * A hospital stay in plain words: where the person is, whether they still need to be there, and what holds them up.
 * Dated when it happened where the event says (an admission keyed in three days late is three days old).
 */
final class DischargeWording {

    private static final String[] PATHWAYS = {
        "pathway 0 (home, no new support)", "pathway 1 (home with support)",
        "pathway 2 (short-term bed-based care)", "pathway 3 (long-term 24-hour care)" };

    private DischargeWording() {
    }

    static Optional<Told> of(Record event) {
        if (event instanceof PatientAdmitted e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), "Admitted to hospital " + e.hospital() + ", "
                    + e.ward() + " (" + e.admissionMethod() + ")"
                    + (e.expectedDischargeDate() == null ? "" : "; expected to go home " + e.expectedDischargeDate()))
                    .map(told -> told.happened(e.admittedAt()));
        }
        if (event instanceof PatientReadmitted e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, null, "Back in hospital as an emergency within 30 days of"
                    + " leaving " + e.earlierHospital())
                    .map(told -> told.happened(e.admittedAt()));
        }
        if (event instanceof PatientTransferred e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), e.toWard(), e.by(), "Moved to " + e.toWard()
                    + (e.fromWard() == null ? "" : " from " + e.fromWard()))
                    .map(told -> told.happened(e.transferredAt()));
        }
        if (event instanceof ExpectedDischargeDateChanged e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "Expected date of going home is now " + e.to()
                    + (e.reason() == null ? "" : ": " + e.reason()));
        }
        if (event instanceof CriteriaToResideRecorded e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), e.noCriteriaToReside()
                    ? "Medically ready to leave hospital (no longer needs a hospital bed)"
                    : "Needs hospital care again (no longer ready to leave)")
                    .map(told -> told.happened(e.since()));
        }
        if (event instanceof DelayStarted e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "Leaving hospital is delayed: " + e.reason()
                    + " (" + e.reasonCode() + ", " + e.sector() + ")")
                    .map(told -> told.happened(e.startedAt()));
        }
        if (event instanceof DelayEnded e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "A delay to leaving hospital ended ("
                    + e.reasonCode() + ")")
                    .map(told -> told.happened(e.endedAt()));
        }
        if (event instanceof DischargePathwaySet e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), (e.kind().equals("planned") ? "Planned to leave on "
                    : "Left on ") + PATHWAYS[e.pathway()]);
        }
        if (event instanceof MilestoneUpdated e) {
            return at(e.nhsNumber(), e.at(), e.ownerOrganisation() == null ? e.hospital() : e.ownerOrganisation(),
                    e.ownerTeam(), e.by(), "Ready to leave: " + e.milestone().replace('-', ' ') + " is " + e.status()
                            .replace('-', ' '));
        }
        if (event instanceof PatientDischarged e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), e.ward(), e.by(), "Left hospital"
                    + (e.destination() == null ? "" : " for " + e.destination())
                    + (e.delayedDays() == 0 ? "" : " after " + e.delayedDays() + " delayed day(s)"))
                    .map(told -> told.happened(e.dischargedAt()));
        }
        if (event instanceof EpisodeCancelled e) {
            return at(e.nhsNumber(), e.at(), e.hospital(), null, e.by(), "The hospital cancelled the " + e.cancelled()
                    + " recorded in error" + (e.reason() == null ? "" : ": " + e.reason()));
        }
        return Optional.empty();
    }

    /** Said by the member of staff who did it, or by the hospital's own system when it came over ADT. */
    private static Optional<Told> at(String nhsNumber, Instant at, String organisation, String team, Practitioner by,
            String summary) {
        return Optional.of(by == null ? Told.withoutActor(nhsNumber, at, organisation, team, summary)
                : Told.by(nhsNumber, at, by, summary));
    }
}
