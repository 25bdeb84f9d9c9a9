package org.carepath.insights.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-03");

    @Test
    void oneToFourIsWithheldZeroAndFiveAreShown() {
        assertFalse(Suppression.suppressed(0));
        for (int counted = 1; counted <= 4; counted++) {
            assertTrue(Suppression.suppressed(counted), "counted " + counted);
        }
        assertFalse(Suppression.suppressed(5));
    }

    @Test
    void aMedianOfFewerThanFiveReferralsIsWithheldWhateverItsValue() {
        // a median of 120 hours from 3 referrals: the value is large, but 3 people are few
        assertEquals(new SeriesPoint(DAY, "region", "region", null, true),
                SeriesPoint.of(DAY, "region", "region", new BigDecimal("120"), 3));
        assertEquals(new SeriesPoint(DAY, "region", "region", new BigDecimal("29.00"), false),
                SeriesPoint.of(DAY, "region", "region", new BigDecimal("29.00"), 6));
    }

    @Test
    void csvShowsWithheldValuesAsLessThanFive() {
        Series series = new Series("discharges", "count", DAY, DAY, "team", "RX1", List.of(
                SeriesPoint.of(DAY, "organisation", "=cmd|x", BigDecimal.valueOf(3), 3),
                SeriesPoint.of(DAY, "region", "region", BigDecimal.valueOf(7), 7)));
        assertEquals("""
                metric,unit,date,scope,group,value
                discharges,count,2025-03-03,organisation,'=cmd|x,<5
                discharges,count,2025-03-03,region,region,7
                """, series.toCsv());
    }
}
