package org.carepath.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was verified for each raw token, kept until the token expires and at most {@code maxAge}, for
 * at most {@code maxSize} tokens. Looking up is lock-free; remembering is serialised, which keeps the
 * bound exact and costs nothing next to the signature check that precedes it. When full, expired
 * entries go first, then an arbitrary one: the cache only saves work, so any eviction is correct.
 */
final class VerifiedTokens<T> {

    private record Entry<T>(T verified, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Duration maxAge;
    private final InstantSource clock;

    VerifiedTokens(int maxSize, Duration maxAge, InstantSource clock) {
        this.maxSize = maxSize;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    boolean enabled() {
        return maxSize > 0;
    }

    /** What was verified for exactly this token, or null if it is unknown or its time is up. */
    T find(String token) {
        Entry<T> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.instant().isBefore(entry.until())) {
            return entry.verified();
        }
        entries.remove(token, entry);
        return null;
    }

    /** Remembers a successful verification of a token that expires at {@code expiresAt}. */
    synchronized void remember(String token, T verified, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = earliest(expiresAt, now.plus(maxAge));
        if (!enabled() || !now.isBefore(until)) {
            return;
        }
        if (entries.size() >= maxSize && !entries.containsKey(token)) {
            makeRoom(now);
        }
        entries.put(token, new Entry<>(verified, until));
    }

    private void makeRoom(Instant now) {
        entries.values().removeIf(entry -> !now.isBefore(entry.until()));
        var keys = entries.keys();
        // a concurrent find may have removed one that expired meanwhile: then there is room already
        if (entries.size() >= maxSize && keys.hasMoreElements()) {
            entries.remove(keys.nextElement());
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
