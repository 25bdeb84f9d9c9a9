package org.carepath.identity.rebuild;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.CloudEvent;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.platform.inbox.CloudEventReader;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record read for the rebuild, decoded as the live consumer decodes it ({@code IdempotentConsumer}):
 * the same poisoned records fail with the same reasons, and types missing from the catalogue are skipped.
 *
 * @param event the envelope with its data as the catalogued record; null when there is nothing to apply
 */
record ReplayedEvent(ConsumerRecord<String, String> record, TopicProjection projection, CloudEvent<?> event) {

    /** @throws org.carepath.platform.inbox.PoisonEventException as the live consumer would refuse it */
    static ReplayedEvent decode(ConsumerRecord<String, String> record, TopicProjection projection, ObjectMapper json) {
        CloudEvent<?> event = record.value() == null ? null : CloudEventReader.read(json, record.value()).orElse(null);
        return new ReplayedEvent(record, projection, event);
    }
}
