package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.told;
import static org.carepath.identity.journey.JourneyWording.where;

import java.util.Optional;

import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.MdtDecisionRecorded;
import org.carepath.identity.journey.JourneyWording.Told;

/** What the care team decided and agreed to do, in plain words: decisions, actions and reviews. */
final class CarePlanActionWording {

    private CarePlanActionWording() {
    }

    static Optional<Told> of(Record event) {
        if (event instanceof MdtDecisionRecorded e) {
            String how = e.meetingId() == null
                    ? "The care coordinator decided: "
                    : "The multidisciplinary team (MDT) meeting decided: ";
            return Optional.of(new Told(e.nhsNumber(), e.at(), e.at(), e.organisation(), e.team(), e.by(), how + e.decision()));
        }
        if (event instanceof CarePlanActionAssigned e) {
            return told(e.nhsNumber(), e.at(), e.by(), "New action for " + owner(e.owner()) + ": " + e.description()
                    + (e.dueDate() == null ? "" : ", due " + e.dueDate()));
        }
        if (event instanceof CarePlanActionCompleted e) {
            return told(e.nhsNumber(), e.at(), e.by(), owner(e.owner()) + " completed an action: " + e.description());
        }
        if (event instanceof CarePlanActionOverdue e) {
            return Optional.of(Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.owner().organisation(), e.owner().team(),
                    "An action is overdue for " + owner(e.owner()) + " (due " + e.dueDate() + "): " + e.description()));
        }
        if (event instanceof CarePlanReviewDue e) {
            return e.coordinator() == null
                    ? Optional.of(Told.withoutActor(e.nhsNumber(), e.detectedAt(), null, null,
                            "The care plan is due for review (" + e.reviewDate() + ")"))
                    : Optional.of(Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.coordinator().organisation(),
                            e.coordinator().team(), "The care plan is due for review (" + e.reviewDate()
                                    + "); care coordinator: " + e.coordinator().name() + " (" + where(e.coordinator()) + ")"));
        }
        return Optional.empty();
    }

    private static String owner(ActionOwner owner) {
        String where = owner.team() == null ? owner.organisation() : owner.organisation() + " (" + owner.team() + ")";
        return owner.name() == null ? where : owner.name() + " of " + where;
    }
}
