package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.told;
import static org.carepath.identity.journey.JourneyWording.where;

import java.util.Optional;

import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.Practitioner;
import org.carepath.identity.journey.JourneyWording.Told;

/** Care plan events in plain words. */
final class CarePlanWording {

    private CarePlanWording() {
    }

    static Optional<Told> of(Record event) {
        if (event instanceof CarePlanCreated e) {
            return created(e);
        }
        if (event instanceof CarePlanActivated e) {
            return told(e.nhsNumber(), e.at(), e.by(), "The care plan was agreed and is now in use (version " + e.version()
                    + "), by " + where(e.by()));
        }
        if (event instanceof CarePlanVersioned e) {
            return told(e.nhsNumber(), e.at(), e.by(), "The care plan was updated by " + where(e.by()) + ": " + e.change()
                    + " (version " + e.version() + ", " + e.status() + ")");
        }
        if (event instanceof CarePlanCompleted e) {
            return told(e.nhsNumber(), e.at(), e.by(), "The care plan was completed: the care team's work under it is done");
        }
        if (event instanceof CareTeamMemberJoined e) {
            return Optional.of(new Told(e.nhsNumber(), e.at(), e.at(), e.organisation(), e.team(), e.by(),
                    member(e.organisation(), e.team(), e.practitionerName()) + " joined the care team"
                            + (e.role() == null ? "" : " (" + e.role() + ")")));
        }
        if (event instanceof CareTeamMemberLeft e) {
            return Optional.of(Told.withoutActor(e.nhsNumber(), e.at(), e.organisation(), e.team(),
                    member(e.organisation(), e.team(), null) + " left the care team"
                            + (e.reason() == null ? "" : ": " + e.reason())));
        }
        if (event instanceof CareCoordinatorAssigned e) {
            return told(e.nhsNumber(), e.at(), e.by(), coordinator(e));
        }
        return Optional.empty();
    }

    private static Optional<Told> created(CarePlanCreated e) {
        String summary = e.by() == null
                ? "A draft care plan was started from an accepted referral"
                : "A draft care plan was started by " + where(e.by());
        if (e.coordinator() != null) {
            summary += "; care coordinator: " + named(e.coordinator());
        }
        Practitioner source = e.by() != null ? e.by() : e.coordinator();
        return source == null
                ? Optional.of(Told.withoutActor(e.nhsNumber(), e.at(), null, null, summary))
                : Optional.of(new Told(e.nhsNumber(), e.at(), e.at(), source.organisation(), source.team(), e.by(), summary));
    }

    private static String coordinator(CareCoordinatorAssigned e) {
        if (e.from() == null) {
            return named(e.to()) + " became the care coordinator";
        }
        return "The care coordinator changed from " + named(e.from()) + " to " + named(e.to())
                + (e.reason() == null ? "" : ": " + e.reason());
    }

    private static String named(Practitioner practitioner) {
        return practitioner.name() + " (" + where(practitioner) + ")";
    }

    private static String member(String organisation, String team, String practitionerName) {
        String where = team == null ? organisation : organisation + " (" + team + ")";
        return practitionerName == null ? where : practitionerName + " of " + where;
    }
}
