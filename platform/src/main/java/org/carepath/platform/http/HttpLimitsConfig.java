package org.carepath.platform.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.http")
public interface HttpLimitsConfig {

    /**
     * Requests served at once; more get 503 at once instead of queueing for the database pool.
     * About six times the default pool of 20: enough to keep the pool busy, small enough that
     * a queued request still answers well within a client's timeout on two cores.
     */
    @WithDefault("128")
    int maxInFlight();

    /**
     * The longest request URI, path and query together (414 past it). Vert.x's codec default: a
     * browser or client library that needs more is sending what belongs in a body.
     */
    @WithDefault("4096")
    int maxUriLength();

    /** The most request headers may add up to, in bytes (431 past it). Vert.x's codec default. */
    @WithDefault("20480")
    int maxHeaderBytes();

    /** What a refused client is told to wait before retrying (Retry-After, whole seconds). */
    @WithDefault("1s")
    Duration retryAfter();
}
