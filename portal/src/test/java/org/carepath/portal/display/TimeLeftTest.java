package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimeLeftTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void timeLeftIsSaidInTheLargestTwoUnits() {
        assertEquals("3 hours 20 minutes left", TimeLeft.until(Instant.parse("2026-12-01T13:20:00Z"), NOW));
        assertEquals("1 day 2 hours left", TimeLeft.until(Instant.parse("2026-12-02T12:59:00Z"), NOW));
        assertEquals("1 minute left", TimeLeft.until(Instant.parse("2026-12-01T10:01:30Z"), NOW));
        assertEquals("less than a minute left", TimeLeft.until(Instant.parse("2026-12-01T10:00:30Z"), NOW));
    }

    @Test
    void pastTheTargetIsOverdue() {
        assertEquals("overdue by 2 days", TimeLeft.until(Instant.parse("2026-11-29T10:00:00Z"), NOW));
        assertTrue(TimeLeft.overdue(Instant.parse("2026-12-01T09:59:59Z"), NOW));
        assertFalse(TimeLeft.overdue(Instant.parse("2026-12-01T10:00:01Z"), NOW));
        assertEquals("no target", TimeLeft.until(null, NOW));
    }
}
