package org.carepath.insights.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.carepath.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class SeriesRequestTest {

    private static final LocalDate FIRST = LocalDate.parse("2025-01-01");

    @Test
    void aYearIncludingALeapDayIsTheLongestRange() {
        // 2024 is a leap year: 1 Jan to 31 Dec is 366 days
        assertEquals(366, SeriesRequest.of("discharges", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"),
                "pathway").days());
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> SeriesRequest.of("discharges",
                LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"), "pathway"));
        assertEquals("to the range is at most 366 days; 2024-01-01 to 2025-01-01 is 367", tooLong.getMessage());
    }

    @Test
    void saysWhichParameterIsWrong() {
        assertEquals("metric must be one of " + Metric.codes(),
                assertThrows(InvalidInput.class, () -> SeriesRequest.of("beds", FIRST, FIRST, null)).getMessage());
        assertEquals("from must not be after to (2025-01-02 > 2025-01-01)", assertThrows(InvalidInput.class,
                () -> SeriesRequest.of("discharges", FIRST.plusDays(1), FIRST, null)).getMessage());
        assertEquals("from is required (YYYY-MM-DD)",
                assertThrows(InvalidInput.class, () -> SeriesRequest.of("discharges", null, FIRST, null)).getMessage());
        assertEquals("groupBy discharges is grouped by one of [organisation, locality, pathway]", assertThrows(
                InvalidInput.class, () -> SeriesRequest.of("discharges", FIRST, FIRST, "team")).getMessage());
        assertEquals("groupBy must be one of [organisation, team, sector, locality]", assertThrows(InvalidInput.class,
                () -> SeriesRequest.of("referrals-received", FIRST, FIRST, "ward")).getMessage());
    }

    @Test
    void groupsByOrganisationUnlessToldOtherwise() {
        assertEquals(Grouping.ORGANISATION, SeriesRequest.of("open-caseload", FIRST, FIRST, null).groupBy());
    }
}
