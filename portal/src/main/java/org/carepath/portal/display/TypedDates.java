package org.carepath.portal.display;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as staff type them ("20/12/2026", "20 12 2026", "14:30"), read in London's time; the services take
 * ISO dates and UTC instants.
 */
public final class TypedDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/\\s.-]+(\\d{1,2})[/\\s.-]+(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final DateTimeFormatter AS_TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How a day may be typed, for the hint beside a date field that was not one. */
    public static final String AS_A_DAY = "as day/month/year or year-month-day, like 07/12/2026";

    private TypedDates() {
    }

    /** A day typed day first (as in the UK) or as an ISO date; empty for anything else, or a day that does not exist. */
    public static Optional<LocalDate> day(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            Matcher ukOrder = DAY_MONTH_YEAR.matcher(text);
            if (ukOrder.matches()) {
                return Optional.of(LocalDate.of(number(ukOrder, 3), number(ukOrder, 2), number(ukOrder, 1)));
            }
            Matcher iso = ISO_DAY.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
        } catch (DateTimeException noSuchDay) {
            // 31/02/2026 and the like: not a day
        }
        return Optional.empty();
    }

    /** A time of day on the 24-hour clock, "14:30" or "9.05". */
    public static Optional<LocalTime> time(String typed) {
        Matcher time = HOURS_MINUTES.matcher(typed == null ? "" : typed.strip());
        try {
            return time.matches() ? Optional.of(LocalTime.of(number(time, 1), number(time, 2))) : Optional.empty();
        } catch (DateTimeException noSuchTime) {
            return Optional.empty();
        }
    }

    /** That day and time in London, as the instant the services keep. */
    public static Instant inLondon(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Wording.LONDON).toInstant();
    }

    /** A day as a form shows it for editing: "20/12/2026". */
    public static String asTyped(LocalDate day) {
        return day == null ? "" : AS_TYPED.format(day);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
