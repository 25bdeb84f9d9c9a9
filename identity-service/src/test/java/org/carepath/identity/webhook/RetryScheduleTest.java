package org.carepath.identity.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    /** The defaults of WebhookConfig. */
    private static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), 4, Duration.ofHours(24), 0.2, 8);

    @Test
    void waitsFourTimesLongerEachTimeUpToADay() {
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(32),
                Duration.ofMinutes(128), Duration.ofMinutes(512), Duration.ofHours(24), Duration.ofHours(24)),
                IntStream.rangeClosed(1, 8).mapToObj(failed -> DEFAULT.waitAfter(failed, 0)).toList());
    }

    @Test
    void addsAtMostAFifthAtRandom() {
        assertEquals(Duration.ofSeconds(33), DEFAULT.waitAfter(1, 0.5));
        assertTrue(DEFAULT.waitAfter(1, 0.999_999).compareTo(Duration.ofSeconds(36)) < 0);
        assertEquals(Duration.ofHours(24).plusMinutes(144), DEFAULT.waitAfter(30, 0.5));
    }

    @Test
    void isDeadAfterTheLastAttempt() {
        assertFalse(DEFAULT.isDeadAfter(7));
        assertTrue(DEFAULT.isDeadAfter(8));
    }
}
