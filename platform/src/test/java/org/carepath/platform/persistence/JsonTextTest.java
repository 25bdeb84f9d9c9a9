package org.carepath.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    record Assessment(String title, LocalDate completedOn) {
    }

    static final class Assessments extends JsonText<List<Assessment>> {
        Assessments() {
            super(listOf(Assessment.class));
        }
    }

    @Test
    void aListOfRecordsWithDatesRoundTripsAsReadableJson() {
        var converter = new Assessments();
        var assessments = List.of(new Assessment("OT functional assessment", LocalDate.parse("2026-11-19")));

        String column = converter.convertToDatabaseColumn(assessments);

        assertEquals("[{\"title\":\"OT functional assessment\",\"completedOn\":\"2026-11-19\"}]", column);
        assertEquals(assessments, converter.convertToEntityAttribute(column));
    }

    @Test
    void nullStaysNull() {
        var converter = new Assessments();
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
