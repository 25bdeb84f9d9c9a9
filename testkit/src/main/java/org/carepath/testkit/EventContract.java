package org.carepath.testkit;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.carepath.events.EventCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Holds an event a service really emitted to the published contract in {@code events/}. */
public final class EventContract {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private EventContract() {
    }

    /** What is wrong with a Kafka record value against the envelope schema and its type's data schema; empty if nothing. */
    public static Set<String> violations(String recordValue) {
        JsonNode event = TestEvents.read(recordValue);
        Set<String> violations = new HashSet<>(validate("/schemas/cloudevent.schema.json", event));
        var entry = EventCatalog.find(event.path("type").asText());
        if (entry.isEmpty()) {
            violations.add("type " + event.path("type") + " is not in the event catalogue");
        } else {
            violations.addAll(validate(entry.get().schemaPath(), event.path("data")));
        }
        return violations;
    }

    private static Set<String> validate(String schemaPath, JsonNode json) {
        InputStream in = EventContract.class.getResourceAsStream(schemaPath);
        if (in == null) {
            return Set.of("no schema at " + schemaPath);
        }
        JsonSchema schema = SCHEMAS.getSchema(in, STRICT);
        Set<String> messages = new HashSet<>();
        for (ValidationMessage message : schema.validate(json)) {
            messages.add(message.getMessage());
        }
        return messages;
    }
}
