package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DelayedDaysTest {

    private static long days(String from, String to) {
        return DelayedDays.between(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void theSameDayIsNoDelayedDayAndEachMidnightAddsOne() {
        assertEquals(0, days("2026-11-20T08:00:00Z", "2026-11-20T23:59:00Z"));
        assertEquals(1, days("2026-11-20T23:30:00Z", "2026-11-21T00:30:00Z"));
        assertEquals(3, days("2026-11-20T10:00:00Z", "2026-11-23T09:00:00Z"));
    }

    @Test
    void monthAndYearEndsAreOrdinaryMidnights() {
        assertEquals(1, days("2026-01-31T12:00:00Z", "2026-02-01T08:00:00Z"));
        assertEquals(1, days("2026-02-28T12:00:00Z", "2026-03-01T08:00:00Z"));
        assertEquals(2, days("2026-12-31T10:00:00Z", "2027-01-02T10:00:00Z"));
    }

    @Test
    void whenTheClocksGoForwardADayIsTwentyThreeHoursAndStillOneDay() {
        // 23:30 GMT on Saturday 28 March to 00:30 BST on Monday 30 March: 24 hours, but two London days
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse("2026-03-28T23:30:00Z"),
                Instant.parse("2026-03-29T23:30:00Z")));
        assertEquals(2, days("2026-03-28T23:30:00Z", "2026-03-29T23:30:00Z"));
    }

    @Test
    void whenTheClocksGoBackTwentyFiveHoursCanBeTheSameDay() {
        // 00:00 BST on Sunday 25 October (23:00 UTC the day before) to 23:59 GMT the same Sunday: 24h59m, no midnight
        assertEquals(0, days("2026-10-24T23:00:00Z", "2026-10-25T23:59:00Z"));
        assertEquals(1, days("2026-10-24T22:59:00Z", "2026-10-25T00:30:00Z"), "23:59 BST on the 24th to 01:30 on the 25th");
    }

    @Test
    void aDelayedDayIsAfterTheDayTheClockStartedUpToTheDayItStopped() {
        Instant from = Instant.parse("2026-10-10T10:00:00Z");
        Instant to = Instant.parse("2026-10-12T09:00:00Z");
        assertFalse(DelayedDays.isDelayedDay(LocalDate.parse("2026-10-10"), from, to));
        assertTrue(DelayedDays.isDelayedDay(LocalDate.parse("2026-10-11"), from, to));
        assertTrue(DelayedDays.isDelayedDay(LocalDate.parse("2026-10-12"), from, to));
        assertFalse(DelayedDays.isDelayedDay(LocalDate.parse("2026-10-13"), from, to));
        assertTrue(DelayedDays.isDelayedDay(LocalDate.parse("2027-01-01"), from, null), "a period still running");
    }
}
