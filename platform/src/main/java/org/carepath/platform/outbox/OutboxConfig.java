package org.carepath.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.outbox")
public interface OutboxConfig {

    /** Rows published per relay run; the next run follows at once on the next tick. */
    @WithDefault("100")
    int batchSize();

    /** First wait after Kafka refused a message; doubles on each further failure. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest wait between attempts while Kafka stays unavailable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
