package org.carepath.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's clock in tests: it starts at {@link #START} and runs at real speed, so grace periods and
 * expiries measured against the tests' fixed event dates (November and December 2026) give the same answer
 * whatever today's date is, while reads, audits and rate measurements still see time pass.
 */
@ApplicationScoped
public class TestClock extends Clock {

    /** A few weeks after the tests' events, and within the grace period of a referral completed on 2026-12-18. */
    public static final Instant START = Instant.parse("2026-12-20T12:00:00Z");

    private final long startedNanos;
    private final ZoneId zone;

    public TestClock() {
        this(System.nanoTime(), ZoneOffset.UTC);
    }

    private TestClock(long startedNanos, ZoneId zone) {
        this.startedNanos = startedNanos;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(startedNanos, zone);
    }
}
