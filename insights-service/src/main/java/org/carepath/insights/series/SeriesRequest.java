package org.carepath.insights.series;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.carepath.platform.domain.InvalidInput;

/**
 * A series asked for: one metric, a range of London calendar days (both ends included), a grouping.
 *
 * @throws InvalidInput naming the parameter that is wrong and why
 */
public record SeriesRequest(Metric metric, LocalDate from, LocalDate to, Grouping groupBy) {

    /** A year, leap day included: enough for a year-on-year look, and bounded work per request. */
    public static final int MAX_DAYS = 366;

    public SeriesRequest {
        if (from.isAfter(to)) {
            throw InvalidInput.field("from", "must not be after to (" + from + " > " + to + ")");
        }
        if (days(from, to) > MAX_DAYS) {
            throw InvalidInput.field("to", "the range is at most " + MAX_DAYS + " days; " + from + " to " + to
                    + " is " + days(from, to));
        }
        if (!metric.groupsBy(groupBy)) {
            throw InvalidInput.field("groupBy", metric.code() + " is grouped by one of " + metric.groupingCodes());
        }
    }

    /** From the query's words; {@code groupBy} defaults to organisation. */
    public static SeriesRequest of(String metric, LocalDate from, LocalDate to, String groupBy) {
        Metric known = Metric.of(metric)
                .orElseThrow(() -> InvalidInput.field("metric", "must be one of " + Metric.codes()));
        if (from == null) {
            throw InvalidInput.field("from", "is required (YYYY-MM-DD)");
        }
        if (to == null) {
            throw InvalidInput.field("to", "is required (YYYY-MM-DD)");
        }
        Grouping grouping = groupBy == null ? Grouping.ORGANISATION : Grouping.of(groupBy)
                .orElseThrow(() -> InvalidInput.field("groupBy", "must be one of " + known.groupingCodes()));
        return new SeriesRequest(known, from, to, grouping);
    }

    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
