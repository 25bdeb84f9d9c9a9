package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Routes {@code care.discharges.v1} events to the journey, the person index, the staff directory and
 * the hospital's relationship with the person while they are in it.
 */
@ApplicationScoped
public class DischargeEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;
    private final Relationships relationships;

    public DischargeEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships) {
        this.consumer = consumer;
        this.journey = journey;
        this.relationships = relationships;
    }

    @Incoming("discharges")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public String topic() {
        return Topics.DISCHARGES;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> journey.record(Topics.DISCHARGES, event)
                .chain(() -> relate(event, relationships)));
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        journey.entry(Topics.DISCHARGES, event).ifPresent(batch::journey);
        return relate(event, relationships.replayingInto(batch));
    }

    /** The hospital (and ward) is involved while the person is in it. */
    private static Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        Object data = event.data();
        if (data instanceof PatientAdmitted e) {
            return relationships.episodeOpened(event, e.nhsNumber(), e.episodeId().toString(),
                    Party.team(e.hospital(), e.ward(), "in hospital"), e.admittedAt());
        }
        if (data instanceof PatientDischarged e) {
            return relationships.episodeClosed(e.episodeId().toString(), e.dischargedAt());
        }
        if (data instanceof EpisodeCancelled e) {
            return "admission".equals(e.cancelled())
                    ? relationships.episodeClosed(e.episodeId().toString(), e.at())
                    : relationships.episodeReopened(e.episodeId().toString());
        }
        return Uni.createFrom().voidItem();
    }
}
