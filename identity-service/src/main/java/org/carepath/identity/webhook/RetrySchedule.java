package org.carepath.identity.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, e.g. 30 s, 2 min, 8 min, 32 min,
 * 2 h 8 min, 8 h 32 min, then 24 h, each plus up to a fifth at random; dead after the last attempt. Plain Java.
 *
 * @param first    the wait after the first failure
 * @param factor   each wait is this many times the one before
 * @param longest  no wait is longer (before jitter)
 * @param jitter   the fraction of a wait added at random, at most
 * @param attempts attempts in all before a delivery is dead
 */
record RetrySchedule(Duration first, int factor, Duration longest, double jitter, int attempts) {

    static RetrySchedule of(WebhookConfig config) {
        return new RetrySchedule(config.firstRetry(), config.backoffFactor(), config.longestRetry(), config.jitter(),
                config.maxAttempts());
    }

    /** Whether a delivery that has failed this many attempts is dead. */
    boolean isDeadAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }

    /**
     * The wait after this many failed attempts.
     *
     * @param random in [0, 1): which share of the jitter is added
     */
    Duration waitAfter(int failedAttempts, double random) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(factor);
        }
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        return wait.plusMillis((long) (wait.toMillis() * jitter * random));
    }
}
