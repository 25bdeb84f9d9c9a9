package org.carepath.identity.messaging;

import jakarta.inject.Singleton;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.JourneyWording;
import org.carepath.identity.journey.Told;
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
@Singleton
public class DischargeEventsHandler extends PersonTopicHandler {

    public DischargeEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships) {
        super(consumer, journey, relationships);
    }

    @Incoming("discharges")
    public Uni<Void> onEvent(Message<String> message) {
        return settle(message);
    }

    @Override
    public String topic() {
        return Topics.DISCHARGES;
    }

    @Override
    Told told(CloudEvent<?> event) {
        return JourneyWording.of(event.data(DischargeEvent.class));
    }

    @Override
    Uni<Void> relate(CloudEvent<?> event, Relationships relationships) {
        return event.data(DischargeEvent.class).handle(new Relating(event, relationships));
    }

    /** The hospital (and ward) is involved while the person is in it. */
    private record Relating(CloudEvent<?> event, Relationships relationships) implements DischargeEvent.Handler<Uni<Void>> {

        @Override
        public Uni<Void> on(PatientAdmitted e) {
            return relationships.episodeOpened(event, e.nhsNumber(), e.episodeId().toString(),
                    Party.team(e.hospital(), e.ward(), "in hospital"), e.admittedAt());
        }

        @Override
        public Uni<Void> on(PatientDischarged e) {
            return relationships.episodeClosed(e.episodeId().toString(), e.dischargedAt());
        }

        @Override
        public Uni<Void> on(EpisodeCancelled e) {
            return "admission".equals(e.cancelled())
                    ? relationships.episodeClosed(e.episodeId().toString(), e.at())
                    : relationships.episodeReopened(e.episodeId().toString());
        }

        @Override
        public Uni<Void> on(PatientReadmitted e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(PatientTransferred e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(ExpectedDischargeDateChanged e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(CriteriaToResideRecorded e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DelayStarted e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DelayEnded e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DischargePathwaySet e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(MilestoneUpdated e) {
            return UNCHANGED;
        }
    }
}
