package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.KnownActions;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
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
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Every step of a care plan action is kept as its progress: what a delay linked to the action waits on,
 * and the owner organisation it is attributed to. The plan itself, its team and decisions change nothing here.
 */
@ApplicationScoped
public class CarePlanEventsHandler implements CarePlanEvent.Handler<Uni<Void>> {

    /** The types with an effect below: the others are acknowledged without a transaction. */
    private static final Set<String> ACTS_ON = Set.of(CarePlanActionAssigned.TYPE, CarePlanActionCompleted.TYPE,
            CarePlanActionOverdue.TYPE);

    private final IdempotentConsumer consumer;
    private final KnownActions known;

    public CarePlanEventsHandler(IdempotentConsumer consumer, KnownActions known) {
        this.consumer = consumer;
        this.known = known;
    }

    @Incoming("careplans")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("discharge-actions", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<CareEvent> event) {
        return event.data(CarePlanEvent.class).handle(this);
    }

    @Override
    public Uni<Void> on(CarePlanActionAssigned assigned) {
        return known.record(assigned.actionId(), assigned.planId(), assigned.nhsNumber(), progress -> progress.assigned(
                assigned.owner(), assigned.description(), assigned.dueDate(), assigned.at()));
    }

    @Override
    public Uni<Void> on(CarePlanActionCompleted completed) {
        return known.record(completed.actionId(), completed.planId(), completed.nhsNumber(), progress -> progress.completed(
                completed.owner(), completed.description(), completed.at()));
    }

    @Override
    public Uni<Void> on(CarePlanActionOverdue overdue) {
        return known.record(overdue.actionId(), overdue.planId(), overdue.nhsNumber(), progress -> progress.overdue(
                overdue.owner(), overdue.description(), overdue.detectedAt()));
    }

    @Override
    public Uni<Void> on(CareCoordinatorAssigned assigned) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CarePlanActivated activated) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CarePlanCompleted completed) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CarePlanCreated created) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CarePlanReviewDue due) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CarePlanVersioned versioned) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CareTeamMemberJoined joined) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(CareTeamMemberLeft left) {
        return unchanged();
    }

    @Override
    public Uni<Void> on(MdtDecisionRecorded decision) {
        return unchanged();
    }

    private static Uni<Void> unchanged() {
        return Uni.createFrom().voidItem();
    }
}
