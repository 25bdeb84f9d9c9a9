package org.carepath.portal.display;

import java.time.Duration;
import java.time.Instant;

/** The time to a response target as a triager says it: "3 hours 20 minutes left", "overdue by 2 days". */
public final class TimeLeft {

    private TimeLeft() {
    }

    public static String until(Instant due, Instant now) {
        if (due == null) {
            return "no target";
        }
        Duration left = Duration.between(now, due);
        return left.isNegative() ? "overdue by " + span(left.negated()) : span(left) + " left";
    }

    /** Overdue or not, for the tag's colour. */
    public static boolean overdue(Instant due, Instant now) {
        return due != null && due.isBefore(now);
    }

    private static String span(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return minutes > 0 ? plural(minutes, "minute") : "less than a minute";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
