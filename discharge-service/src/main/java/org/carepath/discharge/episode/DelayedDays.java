package org.carepath.discharge.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.carepath.platform.time.CareDay;

/**
 * Delayed days are counted in London calendar days, never in 24-hour blocks: a person whose criteria
 * to reside ended on the 10th and who left on the 12th has two delayed days (the 11th and the 12th),
 * whether or not the clocks changed in between.
 */
public final class DelayedDays {

    private DelayedDays() {
    }

    /** The delayed days of a period with no criteria to reside, from its start to its end. */
    public static long between(Instant from, Instant to) {
        return Math.max(0, ChronoUnit.DAYS.between(CareDay.of(from), CareDay.of(to)));
    }

    /** Whether the day is one of the period's delayed days: after the day it began, up to the day it ended. */
    public static boolean isDelayedDay(LocalDate day, Instant from, Instant to) {
        return day.isAfter(CareDay.of(from)) && (to == null || !day.isAfter(CareDay.of(to)));
    }
}
