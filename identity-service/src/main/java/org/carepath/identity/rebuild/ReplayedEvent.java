package org.carepath.identity.rebuild;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.CloudEvent;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.platform.inbox.CloudEventReader;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record read for the rebuild, decoded as the live consumer decodes it ({@code IdempotentConsumer}), so the
 * same poisoned records fail with the same reasons and types missing from the catalogue are skipped, and
 * replayed by its topic's handler into its effects, which the writer applies if the event is new.
 *
 * @param eventId the event's id; null when there is nothing to apply
 * @param effects what the event does to the rebuilt projections (nothing when there is nothing to apply)
 */
record ReplayedEvent(ConsumerRecord<String, String> record, String eventId, ReplayEffects effects) {

    /**
     * @return the envelope with its data as the catalogued record; null when there is nothing to apply
     * @throws org.carepath.platform.inbox.PoisonEventException as the live consumer would refuse it
     */
    static CloudEvent<?> decode(ConsumerRecord<String, String> record, ObjectMapper json) {
        return record.value() == null ? null : CloudEventReader.read(json, record.value()).orElse(null);
    }

    /** @param event as {@link #decode} gave it */
    static ReplayedEvent replay(ConsumerRecord<String, String> record, CloudEvent<?> event, TopicProjection projection) {
        var effects = new ReplayEffects();
        if (event == null) {
            return new ReplayedEvent(record, null, effects);
        }
        // the replay mode changes nothing but the effects: whatever it returns has completed already
        projection.replay(event, effects).await().indefinitely();
        return new ReplayedEvent(record, event.id(), effects);
    }

    /** Both steps at once, for the few records the switch reads. */
    static ReplayedEvent of(ConsumerRecord<String, String> record, TopicProjection projection, ObjectMapper json) {
        return replay(record, decode(record, json), projection);
    }
}
