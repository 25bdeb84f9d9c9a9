package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RelayBackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void waitsDoubleAfterEachFailureUpToTheMaximum() {
        var backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertEquals(Duration.ofSeconds(1), backoff.failed(NOW));
        assertEquals(Duration.ofSeconds(2), backoff.failed(NOW));
        assertEquals(Duration.ofSeconds(4), backoff.failed(NOW));
        assertEquals(Duration.ofSeconds(8), backoff.failed(NOW));
        assertEquals(Duration.ofSeconds(16), backoff.failed(NOW));
        assertEquals(Duration.ofSeconds(30), backoff.failed(NOW));
        for (int i = 0; i < 100; i++) {
            backoff.failed(NOW);
        }
        assertEquals(Duration.ofSeconds(30), backoff.failed(NOW), "long outages do not overflow the wait");
    }

    @Test
    void holdsOffUntilTheWaitIsOver() {
        var backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertFalse(backoff.isWaiting(NOW), "no failure yet, no wait");

        backoff.failed(NOW);
        backoff.failed(NOW);

        assertTrue(backoff.isWaiting(NOW.plusMillis(1999)));
        assertFalse(backoff.isWaiting(NOW.plusSeconds(2)));
    }

    @Test
    void aSuccessStartsTheNextOutageFromTheInitialWait() {
        var backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        backoff.failed(NOW);
        backoff.failed(NOW);
        backoff.failed(NOW);

        backoff.succeeded();

        assertFalse(backoff.isWaiting(NOW));
        assertEquals(Duration.ofSeconds(1), backoff.failed(NOW));
    }
}
