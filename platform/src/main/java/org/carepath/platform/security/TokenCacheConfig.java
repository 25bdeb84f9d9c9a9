package org.carepath.platform.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified bearer tokens a service remembers, and for how long (see {@link VerifiedBearerTokens}). */
@ConfigMapping(prefix = "carepath.security.token-cache")
public interface TokenCacheConfig {

    /** Tokens remembered at most; 0 turns the cache off and every request's token is verified. */
    @WithDefault("1000")
    int maxSize();

    /**
     * The longest a token is trusted without being verified again, even if it expires later:
     * a key rotation or a realm change then takes effect within this time.
     */
    @WithDefault("5m")
    Duration maxAge();
}
