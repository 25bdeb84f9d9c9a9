package org.carepath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.carepath.events.EventCatalog.Entry;
import org.carepath.events.directory.CareServicePublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class EventSchemaTest {

    // The same settings the services' ObjectMapper uses: ISO-8601 strings for instants.
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static Stream<Entry> catalog() {
        return EventCatalog.ENTRIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyEventSerialisesToJsonThatMatchesItsSchema(Entry entry) {
        CareEvent sample = sampleOf(entry);
        CloudEvent<CareEvent> event = CloudEvent.of("/carepath/test", entry.type(), "9434765919", Instant.now(), sample);
        JsonNode json = JSON.valueToTree(event);

        assertEquals(Set.of(), validate("/schemas/cloudevent.schema.json", json), "envelope of " + entry.type());
        assertEquals(Set.of(), validate(entry.schemaPath(), json.get("data")), "data of " + entry.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everySchemaRejectsAnEventMissingARequiredField(Entry entry) {
        ObjectNode data = JSON.valueToTree(sampleOf(entry));
        String firstRequired = schema(entry.schemaPath()).getSchemaNode().get("required").get(0).asText();
        data.remove(firstRequired);

        assertFalse(validate(entry.schemaPath(), data).isEmpty(), entry.type() + " accepted data without " + firstRequired);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyTypeIsNamedAggregateDotPastTenseVerbAndLivesOnAKnownTopic(Entry entry) {
        assertTrue(entry.type().matches("[a-z-]+\\.[a-z-]+"), entry.type());
        assertTrue(Topics.ALL.contains(entry.topic()), entry.topic());
    }

    @Test
    void typesAreUniqueAndFoundByName() {
        assertEquals(EventCatalog.ENTRIES.size(),
                EventCatalog.ENTRIES.stream().map(Entry::type).distinct().count());
        EventCatalog.ENTRIES.forEach(entry -> assertEquals(entry, EventCatalog.find(entry.type()).orElseThrow()));
        assertTrue(EventCatalog.find("referral.teleported").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyTypeIsDocumentedInTheAsyncApi(Entry entry) throws IOException {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertNotNull(in, "missing asyncapi.yaml");
            String asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(asyncApi.contains("address: " + entry.topic()), entry.topic() + " has no channel");
            assertTrue(asyncApi.contains("name: " + entry.type()), entry.type() + " has no message");
            assertTrue(asyncApi.contains("$ref: 'schemas/" + entry.type() + ".schema.json'"), entry.type() + " has no schema reference");
        }
    }

    @Test
    void personEventsRefuseAnNhsNumberThatIsNotTenDigits() {
        ObjectNode data = JSON.valueToTree(EventSamples.referralSubmitted());
        data.put("nhsNumber", "943 476 5919");
        assertFalse(validate("/schemas/referral.submitted.schema.json", data).isEmpty());
    }

    @Test
    void aServicePublishedBeforeCategoriesStillMatchesAndAnUnknownCategoryDoesNot() {
        String schema = "/schemas/care-service.published.schema.json";
        ObjectNode older = JSON.valueToTree(EventSamples.BY_TYPE.get(CareServicePublished.class).get());
        older.remove("category");
        ObjectNode unknown = older.deepCopy().put("category", "hairdressing");

        assertEquals(Set.of(), validate(schema, older));
        assertEquals(Set.of(), validate(schema, older.deepCopy().putNull("category")));
        assertFalse(validate(schema, unknown).isEmpty());
    }

    private static CareEvent sampleOf(Entry entry) {
        var sample = EventSamples.BY_TYPE.get(entry.recordType());
        assertNotNull(sample, "no sample for " + entry.recordType().getSimpleName() + ": add one to EventSamples");
        return sample.get();
    }

    private static Set<ValidationMessage> validate(String schemaPath, JsonNode json) {
        return schema(schemaPath).validate(json);
    }

    private static JsonSchema schema(String path) {
        InputStream in = EventSchemaTest.class.getResourceAsStream(path);
        assertNotNull(in, "missing schema " + path);
        return SCHEMAS.getSchema(in, STRICT);
    }
}
