package org.carepath.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar day as staff in England live it: due dates, review dates and delayed days turn
 * over at midnight in London, not in UTC, so one day is never counted twice across a clock change.
 */
public final class CareDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CareDay() {
    }

    public static LocalDate today(Clock clock) {
        return of(clock.instant());
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
