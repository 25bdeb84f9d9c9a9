package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.where;

import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.careplan.MdtDecisionRecorded;

/** Care plan events in plain words: the plan, its team, and what the team decided and agreed to do. */
final class CarePlanWording implements CarePlanEvent.Handler<Told> {

    @Override
    public Told on(CarePlanCreated e) {
        String summary = e.by() == null
                ? "A draft care plan was started from an accepted referral"
                : "A draft care plan was started by " + where(e.by());
        if (e.coordinator() != null) {
            summary += "; care coordinator: " + named(e.coordinator());
        }
        Practitioner source = e.by() != null ? e.by() : e.coordinator();
        return source == null
                ? Told.withoutActor(e.nhsNumber(), e.at(), null, null, summary)
                : new Told(e.nhsNumber(), e.at(), e.at(), source.organisation(), source.team(), e.by(), summary);
    }

    @Override
    public Told on(CarePlanActivated e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "The care plan was agreed and is now in use (version " + e.version()
                + "), by " + where(e.by()));
    }

    @Override
    public Told on(CarePlanVersioned e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "The care plan was updated by " + where(e.by()) + ": " + e.change()
                + " (version " + e.version() + ", " + e.status() + ")");
    }

    @Override
    public Told on(CarePlanCompleted e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "The care plan was completed: the care team's work under it is done");
    }

    @Override
    public Told on(CareTeamMemberJoined e) {
        return new Told(e.nhsNumber(), e.at(), e.at(), e.organisation(), e.team(), e.by(),
                member(e.organisation(), e.team(), e.practitionerName()) + " joined the care team"
                        + (e.role() == null ? "" : " (" + e.role() + ")"));
    }

    @Override
    public Told on(CareTeamMemberLeft e) {
        return Told.withoutActor(e.nhsNumber(), e.at(), e.organisation(), e.team(),
                member(e.organisation(), e.team(), null) + " left the care team"
                        + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @Override
    public Told on(CareCoordinatorAssigned e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), coordinator(e));
    }

    @Override
    public Told on(MdtDecisionRecorded e) {
        String how = e.meetingId() == null
                ? "The care coordinator decided: "
                : "The multidisciplinary team (MDT) meeting decided: ";
        return new Told(e.nhsNumber(), e.at(), e.at(), e.organisation(), e.team(), e.by(), how + e.decision());
    }

    @Override
    public Told on(CarePlanActionAssigned e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), "New action for " + owner(e.owner()) + ": " + e.description()
                + (e.dueDate() == null ? "" : ", due " + e.dueDate()));
    }

    @Override
    public Told on(CarePlanActionCompleted e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), owner(e.owner()) + " completed an action: " + e.description());
    }

    @Override
    public Told on(CarePlanActionOverdue e) {
        return Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.owner().organisation(), e.owner().team(),
                "An action is overdue for " + owner(e.owner()) + " (due " + e.dueDate() + "): " + e.description());
    }

    @Override
    public Told on(CarePlanReviewDue e) {
        return e.coordinator() == null
                ? Told.withoutActor(e.nhsNumber(), e.detectedAt(), null, null,
                        "The care plan is due for review (" + e.reviewDate() + ")")
                : Told.withoutActor(e.nhsNumber(), e.detectedAt(), e.coordinator().organisation(),
                        e.coordinator().team(), "The care plan is due for review (" + e.reviewDate()
                                + "); care coordinator: " + e.coordinator().name() + " (" + where(e.coordinator()) + ")");
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

    private static String owner(ActionOwner owner) {
        String where = owner.team() == null ? owner.organisation() : owner.organisation() + " (" + owner.team() + ")";
        return owner.name() == null ? where : owner.name() + " of " + where;
    }
}
