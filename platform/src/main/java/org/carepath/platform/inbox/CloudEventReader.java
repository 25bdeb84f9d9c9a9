package org.carepath.platform.inbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
        CloudEvent<CareEvent> event = inOnePass(json, payload);
        return event != null ? Optional.of(event) : inTwoPasses(json, payload);
    }

    /**
     * The shape every producer writes (the envelope's fields, the type before the data) read in one pass, the
     * data straight into its record: no tree is built and walked again. Anything else (another order, a field
     * more or twice, a type missing from the catalogue, a value that does not fit) gives null, and the two-pass
     * reading decides as it always has, naming the fault.
     */
    private static CloudEvent<CareEvent> inOnePass(ObjectMapper json, String payload) {
        try (JsonParser parser = json.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            var fields = new EnvelopeFields();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                if (!fields.read(field, parser.nextToken(), parser, json)) {
                    return null;
                }
            }
            return parser.currentToken() == JsonToken.END_OBJECT ? fields.event() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The envelope's fields as one pass meets them; false for anything the two-pass reading must judge. */
    private static final class EnvelopeFields {

        // in the order of CloudEvent's components, then the distributed tracing extension (read past: the
        // consumer takes the trace from the record's headers)
        private static final List<String> NAMES = List.of("specversion", "id", "source", "type", "time", "subject",
                "datacontenttype", "data", "traceparent", "tracestate");
        private static final int TYPE = NAMES.indexOf("type");
        private static final int TIME = NAMES.indexOf("time");
        private static final int DATA = NAMES.indexOf("data");

        private final String[] texts = new String[NAMES.size()];
        private int seen;
        private Instant time;
        private CareEvent data;

        boolean read(String field, JsonToken value, JsonParser parser, ObjectMapper json) throws IOException {
            int index = NAMES.indexOf(field);
            if (index < 0 || (seen & 1 << index) != 0) {
                return false;
            }
            seen |= 1 << index;
            if (index == DATA) {
                var entry = EventCatalog.find(texts[TYPE]);
                if (value != JsonToken.START_OBJECT || entry.isEmpty()) {
                    return false;
                }
                data = json.readValue(parser, entry.get().recordType());
            } else if (index == TIME) {
                if (value != JsonToken.VALUE_STRING) {
                    return false;
                }
                time = json.readValue(parser, Instant.class);
            } else {
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return false;
                }
                texts[index] = parser.getValueAsString();
            }
            return true;
        }

        /** The event, or null when it lacks its data (the two-pass reading says why). */
        CloudEvent<CareEvent> event() {
            return data == null ? null
                    : new CloudEvent<>(texts[0], texts[1], texts[2], texts[TYPE], time, texts[5], texts[6], data);
        }
    }

    private static Optional<CloudEvent<CareEvent>> inTwoPasses(ObjectMapper json, String payload) {
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
