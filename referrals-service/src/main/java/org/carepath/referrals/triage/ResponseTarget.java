package org.carepath.referrals.triage;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the receiving service has to respond: elapsed hours, or working days of the
 * receiving jurisdiction (see {@link WorkingCalendar#dueAt}).
 */
public record ResponseTarget(long amount, Unit unit) {

    public enum Unit { HOURS, WORKING_DAYS }

    /**
     * A year at most: no service answers later than that, and a working-day target is counted a
     * day at a time, so an unbounded one would hold the event loop.
     */
    public static final long MAX_HOURS = 24 * 365;
    public static final long MAX_WORKING_DAYS = 260;

    private static final Pattern HOURS_FORM = Pattern.compile("PT(\\d+)H");
    private static final Pattern WORKING_DAYS_FORM = Pattern.compile("(\\d+) working days?");
    private static final String ACCEPTED_FORMS =
            "use whole hours as an ISO-8601 duration (e.g. PT2H, PT48H) or working days (e.g. 1 working day, 5 working days)";

    public ResponseTarget {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("A response target must be at least 1, was " + amount);
        }
        long max = unit == Unit.HOURS ? MAX_HOURS : MAX_WORKING_DAYS;
        if (amount > max) {
            throw new IllegalArgumentException("A response target is at most a year: " + max
                    + (unit == Unit.HOURS ? " hours" : " working days") + ", was " + amount);
        }
    }

    public static ResponseTarget parse(String text) {
        String candidate = text == null ? "" : text.strip();
        Matcher hours = HOURS_FORM.matcher(candidate);
        if (hours.matches()) {
            return new ResponseTarget(amountIn(text, hours), Unit.HOURS);
        }
        Matcher workingDays = WORKING_DAYS_FORM.matcher(candidate);
        if (workingDays.matches()) {
            return new ResponseTarget(amountIn(text, workingDays), Unit.WORKING_DAYS);
        }
        throw notAccepted(text);
    }

    /** The canonical form: {@code parse(text())} gives back an equal target. */
    public String text() {
        return switch (unit) {
            case HOURS -> "PT" + amount + "H";
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
        };
    }

    private static long amountIn(String text, Matcher matched) {
        try {
            return Long.parseLong(matched.group(1));
        } catch (NumberFormatException tooLong) {
            throw notAccepted(text);
        }
    }

    private static IllegalArgumentException notAccepted(String text) {
        return new IllegalArgumentException("Response target '" + text + "' is not accepted: " + ACCEPTED_FORMS);
    }
}
