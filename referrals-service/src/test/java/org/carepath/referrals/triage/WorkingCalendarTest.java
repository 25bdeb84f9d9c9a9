package org.carepath.referrals.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingCalendar englandAndWales = WorkingCalendar.englandAndWales();

    /** A wall-clock time in England, as staff would read it. */
    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    private Instant dueAt(String submittedInLondon, String target) {
        return englandAndWales.dueAt(london(submittedInLondon), ResponseTarget.parse(target));
    }

    @Test
    void hoursRunThroughTheWeekend() {
        assertEquals(london("2026-01-11T22:00"), dueAt("2026-01-09T22:00", "PT48H"));
    }

    @Test
    void hoursAreElapsedTimeAcrossAClockChange() {
        // clocks go forward at 01:00 on 29 March 2026, so 24 hours later reads 13:00 on the wall
        assertEquals(london("2026-03-29T13:00"), dueAt("2026-03-28T12:00", "PT24H"));
    }

    @Test
    void oneWorkingDayFromFridayIsMondayAtTheSameTime() {
        assertEquals(london("2026-01-12T15:30"), dueAt("2026-01-09T15:30", "1 working day"));
    }

    @Test
    void fiveWorkingDaysFromFridayAfternoonIsTheNextFridayAfternoon() {
        assertEquals(london("2026-01-16T15:30"), dueAt("2026-01-09T15:30", "5 working days"));
    }

    @Test
    void theEasterWeekendIsSkipped() {
        assertEquals(london("2026-04-07T09:00"), dueAt("2026-04-02T09:00", "1 working day"));
    }

    @Test
    void christmasAndTheBoxingDaySubstituteAreSkipped() {
        assertEquals(london("2026-12-29T14:00"), dueAt("2026-12-24T14:00", "1 working day"));
    }

    @Test
    void aReferralSentOnSaturdayStartsItsClockOnMondayMorning() {
        assertEquals(london("2026-01-13T00:00"), dueAt("2026-01-10T11:00", "1 working day"));
        assertEquals(london("2026-01-19T00:00"), dueAt("2026-01-10T11:00", "5 working days"));
    }

    @Test
    void aReferralSentOnABankHolidayStartsItsClockTheNextMorning() {
        assertEquals(london("2026-05-27T00:00"), dueAt("2026-05-25T10:00", "1 working day"));
    }

    @Test
    void theDayIsJudgedInTheCalendarsTimeZone() {
        // 23:30 UTC on Friday 5 June 2026 is already Saturday in London
        Instant fridayNightUtc = Instant.parse("2026-06-05T23:30:00Z");

        assertEquals(london("2026-06-09T00:00"), englandAndWales.dueAt(fridayNightUtc, ResponseTarget.parse("1 working day")));
    }

    @Test
    void theTimeOfDayIsKeptWhenTheClocksGoBack() {
        Instant fridayTenBst = Instant.parse("2025-10-24T09:00:00Z");
        Instant mondayTenGmt = Instant.parse("2025-10-27T10:00:00Z");

        assertEquals(mondayTenGmt, englandAndWales.dueAt(fridayTenBst, ResponseTarget.parse("1 working day")));
    }

    @Test
    void theTimeOfDayIsKeptWhenTheClocksGoForward() {
        Instant fridayTenGmt = Instant.parse("2026-03-27T10:00:00Z");
        Instant mondayTenBst = Instant.parse("2026-03-30T09:00:00Z");

        assertEquals(mondayTenBst, englandAndWales.dueAt(fridayTenGmt, ResponseTarget.parse("1 working day")));
    }

    @Test
    void bankHolidaysAndWeekendsAreNotWorkingDays() {
        assertFalse(englandAndWales.isWorkingDay(LocalDate.of(2026, 8, 31)));
        assertFalse(englandAndWales.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertFalse(englandAndWales.isWorkingDay(LocalDate.of(2026, 1, 10)));
        assertFalse(englandAndWales.isWorkingDay(LocalDate.of(2026, 1, 11)));
        assertTrue(englandAndWales.isWorkingDay(LocalDate.of(2026, 1, 13)));
    }

    @Test
    void every2026BankHolidayIsInTheReferenceData() {
        assertEquals(Set.of(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 28)),
                weekdaysOffIn(2026));
    }

    @Test
    void theOtherYearsHaveTheirEasterAndSubstituteDays() {
        assertEquals(Set.of(
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
                        LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)),
                weekdaysOffIn(2025));
        assertEquals(Set.of(
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
                        LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)),
                weekdaysOffIn(2027));
        assertEquals(Set.of(
                        LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17),
                        LocalDate.of(2028, 5, 1), LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28),
                        LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26)),
                weekdaysOffIn(2028));
    }

    @Test
    void aCalendarWithoutBankHolidaysOnlySkipsWeekends() {
        var weekendsOnly = new WorkingCalendar(LONDON, Set.of());

        assertTrue(weekendsOnly.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertEquals(london("2026-12-28T14:00"),
                weekendsOnly.dueAt(london("2026-12-24T14:00"), ResponseTarget.parse("2 working days")));
    }

    /** Weekdays the calendar treats as non-working: exactly the bank holidays it loaded for that year. */
    private Set<LocalDate> weekdaysOffIn(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(date -> !englandAndWales.isWorkingDay(date))
                .collect(Collectors.toSet());
    }
}
