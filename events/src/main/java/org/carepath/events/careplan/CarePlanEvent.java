package org.carepath.events.careplan;

import org.carepath.events.CareEvent;

/**
 * Care plans, their teams, actions and MDT decisions: the events of {@code care.careplans.v1}, keyed by the person's NHS number.
 * A consumer handles them with a {@link Handler}: one method per event type, so a new type is a
 * compile error in every consumer until it says what the type means to it.
 */
public sealed interface CarePlanEvent extends CareEvent permits
        CareCoordinatorAssigned,
        CarePlanActionAssigned,
        CarePlanActionCompleted,
        CarePlanActionOverdue,
        CarePlanActivated,
        CarePlanCompleted,
        CarePlanCreated,
        CarePlanReviewDue,
        CarePlanVersioned,
        CareTeamMemberJoined,
        CareTeamMemberLeft,
        MdtDecisionRecorded {

    <R> R handle(Handler<R> handler);

    /** What a consumer does with each event of the topic. */
    interface Handler<R> {

        R on(CareCoordinatorAssigned event);

        R on(CarePlanActionAssigned event);

        R on(CarePlanActionCompleted event);

        R on(CarePlanActionOverdue event);

        R on(CarePlanActivated event);

        R on(CarePlanCompleted event);

        R on(CarePlanCreated event);

        R on(CarePlanReviewDue event);

        R on(CarePlanVersioned event);

        R on(CareTeamMemberJoined event);

        R on(CareTeamMemberLeft event);

        R on(MdtDecisionRecorded event);
    }
}
