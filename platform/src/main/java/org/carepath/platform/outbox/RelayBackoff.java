package org.carepath.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/** How long the relay leaves Kafka alone after failures: doubling from {@code initial} up to {@code max}. */
final class RelayBackoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    RelayBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized boolean isWaiting(Instant now) {
        return now.isBefore(nextAttempt);
    }

    synchronized Duration failed(Instant now) {
        failures++;
        Duration wait = initial.multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        nextAttempt = now.plus(wait);
        return wait;
    }

    synchronized void succeeded() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }
}
