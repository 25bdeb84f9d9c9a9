package org.carepath.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carepath.portal.services.InsightsApi;
import org.junit.jupiter.api.Test;

class InsightsChartTest {

    private static final LocalDate FIRST = LocalDate.parse("2025-03-03");

    @Test
    void aSuppressedDayBreaksTheLineAndReadsLessThanFiveInTheTable() {
        InsightsApi.Series series = new InsightsApi.Series("referrals-received", "count", FIRST, FIRST.plusDays(2),
                "team", "RY1", List.of(
                        row(0, "organisation", "reablement", "10"), suppressed(1, "organisation", "reablement"),
                        row(2, "organisation", "reablement", "5"),
                        row(0, "region", "region", "20"), row(1, "region", "region", "10"), row(2, "region", "region", "0")));

        InsightsChart chart = InsightsChart.of(series, team -> "Home reablement (" + team + ")");

        // y is 240 - value / 20 x 240; x steps 320 a day across 640
        assertEquals(List.of(
                new InsightsChart.Line("Home reablement (reablement)", "M0.0 120.0 l0 0 M640.0 180.0 l0 0", "line-0"),
                new InsightsChart.Line("Region", "M0.0 0.0 l0 0 L320.0 120.0 L640.0 240.0", "region")), chart.lines());
        assertEquals("20", chart.yMax());
        assertEquals(List.of("Home reablement (reablement)", "Region"), chart.columns(), "groups as named, the region as such");
        assertEquals(List.of(
                new InsightsChart.TableRow(FIRST, List.of("10", "20")),
                new InsightsChart.TableRow(FIRST.plusDays(1), List.of("<5", "10")),
                new InsightsChart.TableRow(FIRST.plusDays(2), List.of("5", "0"))), chart.table());
    }

    private static InsightsApi.Row row(int day, String scope, String group, String value) {
        return new InsightsApi.Row(FIRST.plusDays(day), scope, group, new BigDecimal(value), false);
    }

    private static InsightsApi.Row suppressed(int day, String scope, String group) {
        return new InsightsApi.Row(FIRST.plusDays(day), scope, group, null, true);
    }
}
