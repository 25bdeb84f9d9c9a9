package org.carepath.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.directory.CareServicePublished;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one-pass reading of the common shape gives what the two-pass reading of any shape gives, faults included. */
class CloudEventReaderTest {

    // as Quarkus configures the shared mapper the consumers get
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final CloudEvent<CareEvent> PUBLISHED = CloudEvent.of("/carepath/referrals-service",
            CareServicePublished.TYPE, "a0d3c4a2-4f39-4c3b-9d0e-7d2a5f4e9b11", Instant.parse("2026-11-20T09:00:00.123456Z"),
            new CareServicePublished(UUID.fromString("a0d3c4a2-4f39-4c3b-9d0e-7d2a5f4e9b11"), "Reablement", "RX1",
                    "Reablement team", "community", "Northshire", List.of("routine", "urgent"),
                    Map.of("routine", "5 working days", "urgent", "PT2H"), Instant.parse("2026-11-20T08:59:00Z"), null));

    @Test
    void theShapeProducersWriteReadsAsTheEventWritten() throws Exception {
        assertEquals(Optional.of(PUBLISHED), CloudEventReader.read(JSON, JSON.writeValueAsString(PUBLISHED)));
    }

    @Test
    void anyOtherShapeReadsTheSame() throws Exception {
        ObjectNode written = JSON.valueToTree(PUBLISHED);
        ObjectNode dataFirst = JSON.createObjectNode();
        dataFirst.set("data", written.get("data"));
        written.fieldNames().forEachRemaining(field -> dataFirst.set(field, written.get(field)));
        ObjectNode withExtension = written.deepCopy().put("traceparent", "00-abc-01");

        assertEquals(Optional.of(PUBLISHED), CloudEventReader.read(JSON, dataFirst.toString()));
        assertEquals(Optional.of(PUBLISHED), CloudEventReader.read(JSON, withExtension.toString()));
    }

    @Test
    void aTypeMissingFromTheCatalogueIsSkipped() throws Exception {
        ObjectNode newer = ((ObjectNode) JSON.valueToTree(PUBLISHED)).put("type", "care-service.renamed");

        assertEquals(Optional.empty(), CloudEventReader.read(JSON, newer.toString()));
    }

    @Test
    void faultsAreNamedAsBefore() throws Exception {
        ObjectNode wrongData = JSON.valueToTree(PUBLISHED);
        wrongData.putArray("data").add(1);
        ObjectNode noData = JSON.valueToTree(PUBLISHED);
        noData.remove("data");
        ObjectNode noId = JSON.valueToTree(PUBLISHED);
        noId.remove("id");

        var mismatch = assertThrows(PoisonEventException.class, () -> CloudEventReader.read(JSON, wrongData.toString()));
        assertEquals(PUBLISHED.id(), mismatch.eventId());
        assertTrue(mismatch.getMessage().contains("does not match its record"), mismatch.getMessage());
        assertTrue(assertThrows(PoisonEventException.class, () -> CloudEventReader.read(JSON, noData.toString()))
                .getMessage().contains("has no data"));
        assertTrue(assertThrows(PoisonEventException.class, () -> CloudEventReader.read(JSON, noId.toString()))
                .getMessage().startsWith("not a CloudEvent"));
        assertTrue(assertThrows(PoisonEventException.class, () -> CloudEventReader.read(JSON, "{\"id\":"))
                .getMessage().startsWith("not a CloudEvent"));
    }
}
