package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.careplans.v1} events to the journey and to care team and coordinator relationships. */
@ApplicationScoped
public class CarePlanEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;
    private final Relationships relationships;

    public CarePlanEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships) {
        this.consumer = consumer;
        this.journey = journey;
        this.relationships = relationships;
    }

    @Incoming("careplans")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public String topic() {
        return Topics.CAREPLANS;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> journey.record(Topics.CAREPLANS, event)
                .chain(() -> relate(event, relationships)));
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        journey.entry(Topics.CAREPLANS, event).ifPresent(batch::journey);
        return relate(event, relationships.replayingInto(batch));
    }

    private static Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        Object data = event.data();
        if (data instanceof CareTeamMemberJoined e) {
            return relationships.memberJoined(event, e.nhsNumber(), e.memberId(),
                    new Party(e.organisation(), e.team(), e.practitionerName(), e.role()), e.by(), e.referralId(), e.at());
        }
        if (data instanceof CareTeamMemberLeft e) {
            return relationships.memberLeft(e.memberId(), e.at());
        }
        if (data instanceof CareCoordinatorAssigned e) {
            return relationships.coordinatorAssigned(event, e.nhsNumber(), e.planId(), e.to(), e.by(), null, e.at());
        }
        if (data instanceof CarePlanCreated e && e.coordinator() != null) {
            return relationships.coordinatorAssigned(event, e.nhsNumber(), e.planId(), e.coordinator(), e.by(),
                    e.relationshipReason(), e.at());
        }
        if (data instanceof CarePlanCompleted e) {
            return relationships.planCompleted(e.planId(), e.at());
        }
        return Uni.createFrom().voidItem();
    }
}
