package org.carepath.insights.series;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day's value of one group.
 *
 * @param scope      {@code organisation} for the caller's own organisation's rows, {@code region} for the totals of all
 * @param group      the grouping's value (a team code, an area ...), or {@code region}
 * @param value      null when suppressed, or a median/p90 of a day with nothing measured
 * @param suppressed a small number withheld ({@link Suppression})
 */
public record SeriesPoint(LocalDate date, String scope, String group, BigDecimal value, boolean suppressed) {

    public static final String ORGANISATION = "organisation";
    public static final String REGION = "region";

    /** A day's value from how many fact rows it was made of. */
    static SeriesPoint of(LocalDate date, String scope, String group, BigDecimal value, long counted) {
        return Suppression.suppressed(counted)
                ? new SeriesPoint(date, scope, group, null, true)
                : new SeriesPoint(date, scope, group, value, false);
    }
}
