package org.carepath.platform.inbox;

import java.util.Optional;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * Reads a Kafka record value, a structured-mode CloudEvent, with its data as the catalogued record
 * of its type: the one reading the live consumers and a projection rebuild share, so a record
 * fails, or is skipped, the same way in both.
 */
public final class CloudEventReader {

    private static final JavaType ENVELOPE = TypeFactory.defaultInstance()
            .constructParametricType(CloudEvent.class, JsonNode.class);

    private CloudEventReader() {
    }

    /**
     * @return the event, or empty for a type missing from the catalogue (a newer producer's)
     * @throws PoisonEventException when the value is no CloudEvent or its data does not match its record
     */
    public static Optional<CloudEvent<CareEvent>> read(ObjectMapper json, String payload) {
        CloudEvent<JsonNode> envelope = envelope(json, payload);
        var entry = EventCatalog.find(envelope.type());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(envelope.withData((CareEvent) json.treeToValue(envelope.data(), entry.get().recordType())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(envelope.id(), "data of " + envelope.type() + " event " + envelope.id()
                    + " does not match its record", e);
        }
    }

    private static CloudEvent<JsonNode> envelope(ObjectMapper json, String payload) {
        CloudEvent<JsonNode> envelope;
        try {
            envelope = json.readValue(payload, ENVELOPE);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException(null, "not a CloudEvent: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.data() == null) {
            throw new PoisonEventException(envelope == null ? null : envelope.id(), "event has no data", null);
        }
        return envelope;
    }
}
