package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TypedDatesTest {

    @Test
    void aDayIsReadDayFirstAsInTheUk() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), TypedDates.day("3/12/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), TypedDates.day(" 03 12 2026 "));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), TypedDates.day("2026-12-03"));
        assertEquals("03/12/2026", TypedDates.asTyped(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void whatIsNotADayIsNotGuessed() {
        assertEquals(Optional.empty(), TypedDates.day("31/02/2026"));
        assertEquals(Optional.empty(), TypedDates.day("next Tuesday"));
        assertEquals(Optional.empty(), TypedDates.day(null));
        assertEquals(Optional.empty(), TypedDates.time("25:00"));
    }

    @Test
    void aMeetingsTimeIsLondonsWhateverTheSeason() {
        assertEquals(Instant.parse("2026-12-03T14:30:00Z"),
                TypedDates.inLondon(LocalDate.of(2026, 12, 3), TypedDates.time("14:30").orElseThrow()));
        assertEquals(Instant.parse("2026-07-01T13:30:00Z"),
                TypedDates.inLondon(LocalDate.of(2026, 7, 1), LocalTime.of(14, 30)));
    }
}
