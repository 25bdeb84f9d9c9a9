package org.carepath.identity.rebuild;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;
import org.carepath.identity.messaging.TopicProjection;
import org.carepath.platform.inbox.PoisonEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * A record read for the rebuild, decoded as the live consumer decodes it ({@code IdempotentConsumer}):
 * the same poisoned records fail with the same reasons, and types missing from the catalogue are skipped.
 *
 * @param event the envelope with its data as the catalogued record; null when there is nothing to apply
 */
record ReplayedEvent(ConsumerRecord<String, String> record, TopicProjection projection, CloudEvent<?> event) {

    static ReplayedEvent decode(ConsumerRecord<String, String> record, TopicProjection projection, ObjectMapper json) {
        if (record.value() == null) {
            return new ReplayedEvent(record, projection, null);
        }
        CloudEvent<JsonNode> envelope = readEnvelope(record.value(), json);
        var entry = EventCatalog.find(envelope.type());
        if (entry.isEmpty()) {
            return new ReplayedEvent(record, projection, null);
        }
        try {
            return new ReplayedEvent(record, projection, envelope.withData(json.treeToValue(envelope.data(),
                    entry.get().recordType())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + envelope.type() + " event " + envelope.id()
                    + " does not match its record", e);
        }
    }

    private static CloudEvent<JsonNode> readEnvelope(String payload, ObjectMapper json) {
        try {
            var type = TypeFactory.defaultInstance().constructParametricType(CloudEvent.class, JsonNode.class);
            CloudEvent<JsonNode> envelope = json.readValue(payload, type);
            if (envelope == null || envelope.data() == null) {
                throw new PoisonEventException("event has no data", null);
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }
}
