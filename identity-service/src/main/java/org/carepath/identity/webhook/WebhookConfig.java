package org.carepath.identity.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered and retried. */
@ConfigMapping(prefix = "identity.webhooks")
public interface WebhookConfig {

    /**
     * Whether an endpoint may be on a loopback host (then plain http too): for tests and the local launcher only,
     * since in a deployment it would let a subscriber make this service call itself.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** Attempts before a delivery is dead. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; each later wait is {@link #backoffFactor()} times the one before. */
    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("4")
    int backoffFactor();

    /** The longest wait between two attempts. */
    @WithDefault("PT24H")
    Duration longestRetry();

    /** Up to this fraction of each wait is added at random, so receivers that were down are not hit all at once. */
    @WithDefault("0.2")
    double jitter();

    /** The longest an attempt may take, connecting and answering together. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long the secret before a rotation still signs deliveries beside the new one. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** Deliveries one worker pass claims and sends at once. */
    @WithDefault("16")
    int batchSize();

    /** How often the worker looks for due retries (a queued delivery wakes it at once). */
    @WithDefault("5s")
    Duration pollInterval();
}
