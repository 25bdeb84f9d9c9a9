package org.carepath.referrals.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working days of a jurisdiction, in its time zone. A working-day target keeps the time of day,
 * so a referral sent on Friday afternoon with a 5-working-day target is due the following Friday
 * afternoon; one sent at the weekend or on a bank holiday starts its clock at midnight of the next
 * working day. Hour targets run on elapsed time, because emergencies do not wait for Monday.
 */
public final class WorkingCalendar {

    private static final String ENGLAND_AND_WALES_BANK_HOLIDAYS = "/reference/bank-holidays-england-and-wales.csv";

    private final ZoneId zone;
    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar(ZoneId zone, Set<LocalDate> bankHolidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public static WorkingCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    public Instant dueAt(Instant from, ResponseTarget target) {
        return switch (target.unit()) {
            case HOURS -> from.plus(Duration.ofHours(target.amount()));
            case WORKING_DAYS -> afterWorkingDays(from, target.amount());
        };
    }

    private Instant afterWorkingDays(Instant from, long workingDays) {
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        if (!isWorkingDay(start.toLocalDate())) {
            start = nextWorkingDay(start.toLocalDate()).atStartOfDay();
        }
        LocalDate due = start.toLocalDate();
        for (long counted = 0; counted < workingDays; counted++) {
            due = nextWorkingDay(due);
        }
        // resolved in the zone, not by adding hours, so the time of day survives a clock change
        return ZonedDateTime.of(due, start.toLocalTime(), zone).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Loaded on first use and once only: the JVM initialises a holder class lazily and thread-safely. */
    private static final class EnglandAndWales {
        static final WorkingCalendar CALENDAR = new WorkingCalendar(
                ZoneId.of("Europe/London"), bankHolidaysFrom(ENGLAND_AND_WALES_BANK_HOLIDAYS));
    }

    /** Reads {@code date,name} lines after a header line. */
    private static Set<LocalDate> bankHolidaysFrom(String resource) {
        InputStream csv = WorkingCalendar.class.getResourceAsStream(resource);
        if (csv == null) {
            throw new IllegalStateException("Bank holidays not found on the classpath: " + resource);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(',')).strip()))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
