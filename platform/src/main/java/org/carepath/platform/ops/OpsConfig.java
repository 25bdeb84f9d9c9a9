package org.carepath.platform.ops;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.ops")
public interface OpsConfig {

    /** Live tails open at once; one more is refused with 429 (each holds a Kafka consumer and a thread). */
    @WithDefault("4")
    int maxTails();

    /** A tail ends after this long, so a forgotten browser tab does not hold its slot for ever. */
    @WithDefault("1h")
    Duration tailMaxDuration();

    /** How long an ops call waits on Kafka (metadata, offsets, a replay's acknowledgement). */
    @WithDefault("10s")
    Duration kafkaTimeout();
}
