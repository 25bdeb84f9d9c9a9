package org.carepath.identity.messaging;

import jakarta.inject.Singleton;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.JourneyWording;
import org.carepath.identity.journey.Told;
import org.carepath.identity.person.Demographics;
import org.carepath.identity.person.PersonService;
import org.carepath.identity.records.PersonMerge;
import org.carepath.identity.relationship.Party;
import org.carepath.identity.relationship.Relationships;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Routes {@code care.discharges.v1} events to the journey, the person index, the staff directory and
 * the hospital's relationship with the person while they are in it. What a hospital's system says
 * about the person (ADT A28, A31, A40) changes the person index.
 */
@Singleton
public class DischargeEventsHandler extends PersonTopicHandler {

    private final PersonMerge merges;
    private final PersonService persons;

    public DischargeEventsHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships,
            WebhookQueue webhooks, PersonMerge merges, PersonService persons) {
        super(consumer, journey, relationships, webhooks);
        this.merges = merges;
        this.persons = persons;
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

        /** A cancelled transfer leaves the person in the same hospital: nothing starts or ends. */
        @Override
        public Uni<Void> on(EpisodeCancelled e) {
            return switch (e.cancelled()) {
                case "admission" -> relationships.episodeClosed(e.episodeId().toString(), e.at());
                case "discharge" -> relationships.episodeReopened(e.episodeId().toString());
                default -> UNCHANGED;
            };
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
        public Uni<Void> on(DelayLinked e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DelayAcknowledged e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DelayDisputed e) {
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

        @Override
        public Uni<Void> on(PatientRecordsMerged e) {
            return UNCHANGED;
        }

        @Override
        public Uni<Void> on(DemographicsReported e) {
            return UNCHANGED;
        }
    }

    /** A hospital's patient administration system is trusted with who the person is: their details and record merges. */
    @Override
    Uni<Void> index(CloudEvent<?> event) {
        DischargeEvent data = event.data(DischargeEvent.class);
        if (data instanceof PatientRecordsMerged merged) {
            return merges.reportedByHospital(merged.nhsNumber(), merged.mergedNhsNumber(), merged.hospital());
        }
        if (data instanceof DemographicsReported reported) {
            return persons.reportedByHospital(reported.nhsNumber(), new Demographics(reported.givenName(),
                    reported.familyName(), reported.dateOfBirth(), reported.postcode()));
        }
        return UNCHANGED;
    }
}
