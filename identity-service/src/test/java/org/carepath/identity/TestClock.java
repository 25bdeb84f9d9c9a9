package org.carepath.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in these tests: it runs from {@link #START}, a day after the last event the tests
 * date by hand, whatever today is, so what has lapsed or is in its grace period never depends on the day
 * the tests run. A test may move it on and must {@link #reset} it after.
 */
@Singleton
public class TestClock extends Clock {

    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final Duration fromRealTime = Duration.between(Instant.now(), START);
    private volatile Duration movedOn = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(fromRealTime).plus(movedOn);
    }

    public void moveOn(Duration by) {
        movedOn = movedOn.plus(by);
    }

    public void reset() {
        movedOn = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
