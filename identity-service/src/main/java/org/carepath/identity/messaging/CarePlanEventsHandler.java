package org.carepath.identity.messaging;

import jakarta.inject.Singleton;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
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
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.JourneyWording;
import org.carepath.identity.journey.Told;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.careplans.v1} events to the journey and to care team and coordinator relationships. */
@Singleton
public class CarePlanEventsHandler extends PersonTopicHandler {

    public CarePlanEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships,
            WebhookQueue webhooks) {
        super(consumer, journey, relationships, webhooks);
    }

    @Incoming("careplans")
    public Uni<Void> onEvent(Message<String> message) {
        return settle(message);
    }

    @Override
    public String topic() {
        return Topics.CAREPLANS;
    }

    @Override
    Told told(CloudEvent<?> event) {
        return JourneyWording.of(event.data(CarePlanEvent.class));
    }

    @Override
    Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        return event.data(CarePlanEvent.class).handle(new Relating(event, relationships));
    }

    /** Care team members are involved while on the team, the care coordinator while the plan runs. */
    private record Relating(CloudEvent<?> event, Relationships relationships) implements CarePlanEvent.Handler<Uni<Void>> {

        @Override
        public Uni<Void> on(CareTeamMemberJoined e) {
            return relationships.memberJoined(event, e.nhsNumber(), e.memberId(),
                    new Party(e.organisation(), e.team(), e.practitionerName(), e.role()), e.by(), e.referralId(), e.at());
        }

        @Override
        public Uni<Void> on(CareTeamMemberLeft e) {
            return relationships.memberLeft(e.memberId(), e.at());
        }

        @Override
        public Uni<Void> on(CareCoordinatorAssigned e) {
            return relationships.coordinatorAssigned(event, e.nhsNumber(), e.planId(), e.to(), e.by(), null, e.at());
        }

        @Override
        public Uni<Void> on(CarePlanCreated e) {
            return e.coordinator() == null
                    ? UNCHANGED
                    : relationships.coordinatorAssigned(event, e.nhsNumber(), e.planId(), e.coordinator(), e.by(),
                            e.relationshipReason(), e.at());
        }

        @Override
        public Uni<Void> on(CarePlanCompleted e) {
            return relationships.planCompleted(e.planId(), e.at());
        }

        @Override
        public Uni<Void> on(CarePlanActivated e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CarePlanVersioned e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(MdtDecisionRecorded e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CarePlanActionAssigned e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CarePlanActionCompleted e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CarePlanActionOverdue e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CarePlanReviewDue e) {
            return UNCHANGED;
        }
    }
}
