package org.carepath.testkit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Events as another service would put them on Kafka, for consumer tests; and reading them back. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    /** A structured-mode CloudEvent of a catalogued type, keyed on the given NHS number. */
    public static CloudEvent<CareEvent> envelope(String source, String nhsNumber, Instant time, CareEvent data) {
        return CloudEvent.of(source, EventCatalog.of(data.getClass()).type(), nhsNumber, time, data);
    }

    /** Puts the event on its catalogued topic, keyed by its subject, with the headers the outbox relay writes. */
    public static void publish(CloudEvent<? extends CareEvent> event) {
        String topic = EventCatalog.find(event.type()).orElseThrow().topic();
        TestKafka.get().send(topic, event.subject(), json(event),
                CloudEvent.CONTENT_TYPE_HEADER, CloudEvent.STRUCTURED_CONTENT_TYPE, CloudEvent.TYPE_HEADER, event.type());
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** The types of the events on the topic under the key (an NHS number), in the order they were told. */
    public static List<String> types(String topic, String key) {
        return TestKafka.get().records(topic).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> read(record.value()).path("type").asText())
                .toList();
    }

    /** Waits until exactly these events are on the topic under the key, in this order, each true to its JSON Schema. */
    public static void awaitTypes(String topic, String key, String... types) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(List.of(types), types(topic, key)));
        TestKafka.get().records(topic).stream()
                .filter(record -> key.equals(record.key()))
                .forEach(record -> assertEquals(Set.of(), EventContract.violations(record.value()), record.value()));
    }
}
