package org.carepath.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.consumer")
public interface ConsumerConfig {

    /** Attempts after the first before an event is sent to the dead-letter topic. */
    @WithDefault("3")
    int retries();

    /** Wait before the first retry; doubles each time. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();
}
