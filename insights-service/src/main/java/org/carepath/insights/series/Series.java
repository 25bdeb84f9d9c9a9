package org.carepath.insights.series;

import java.time.LocalDate;
import java.util.List;

import org.carepath.platform.api.Csv;

/**
 * A metric's daily values for a range and grouping: the caller's organisation's rows, then the region's.
 *
 * @param organisation the caller's organisation, whose own rows are shown
 */
public record Series(String metric, String unit, LocalDate from, LocalDate to, String groupBy, String organisation,
        List<SeriesPoint> rows) {

    /** For spreadsheets: a suppressed value reads {@code <5}, a day with nothing measured is empty. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("metric,unit,date,scope,group,value\n");
        for (SeriesPoint row : rows) {
            String value = row.suppressed() ? "<" + Suppression.THRESHOLD : row.value() == null ? "" : row.value().toPlainString();
            csv.append(String.join(",", Csv.field(metric), Csv.field(unit), row.date().toString(), Csv.field(row.scope()),
                    Csv.field(row.group()), Csv.field(value))).append('\n');
        }
        return csv.toString();
    }

    public String fileName() {
        return "insights-" + metric + "-" + groupBy + "-" + from + "-to-" + to + ".csv";
    }
}
