package org.carepath.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    /** A wall clock the test moves by hand. */
    private static final class Wall implements InstantSource {
        private Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration time) {
            now = now.plus(time);
        }
    }

    private final Wall wall = new Wall();
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(2, Duration.ofMinutes(5), wall);

    @Test
    void aTokenIsKnownUntilItExpiresAndNotAtItsExpiry() {
        tokens.remember("a", "alice", START.plusSeconds(60));
        wall.pass(Duration.ofSeconds(59));
        assertEquals("alice", tokens.find("a"));
        wall.pass(Duration.ofSeconds(1));
        assertNull(tokens.find("a"));
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        tokens.remember("a", "alice", START.plus(Duration.ofHours(8)));
        wall.pass(Duration.ofMinutes(5).minusMillis(1));
        assertEquals("alice", tokens.find("a"));
        wall.pass(Duration.ofMillis(1));
        assertNull(tokens.find("a"));
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        tokens.remember("a", "alice", START);
        tokens.remember("b", "bob", START.minusSeconds(1));
        assertNull(tokens.find("a"));
        assertNull(tokens.find("b"));
    }

    @Test
    void onlyTheExactTokenFindsWhatWasVerifiedForIt() {
        tokens.remember("header.claims.signature", "alice", START.plusSeconds(60));
        assertNull(tokens.find("header.claims.signaturE"));
        assertNull(tokens.find("header.claims."));
        assertEquals("alice", tokens.find("header.claims.signature"));
    }

    @Test
    void whenFullExpiredTokensMakeRoomFirst() {
        tokens.remember("short", "sam", START.plusSeconds(10));
        tokens.remember("long", "lee", START.plusSeconds(600));
        wall.pass(Duration.ofSeconds(10));
        tokens.remember("new", "nia", START.plusSeconds(600));
        assertEquals("lee", tokens.find("long"));
        assertEquals("nia", tokens.find("new"));
    }

    @Test
    void whenFullOfLiveTokensOneMakesRoomAndTheBoundHolds() {
        tokens.remember("a", "alice", START.plusSeconds(60));
        tokens.remember("b", "bob", START.plusSeconds(60));
        tokens.remember("c", "cleo", START.plusSeconds(60));
        assertEquals("cleo", tokens.find("c"));
        assertEquals(2, Stream.of("a", "b", "c").filter(token -> tokens.find(token) != null).count());
    }

    @Test
    void rememberingAKnownTokenAgainTakesNoRoom() {
        tokens.remember("a", "alice", START.plusSeconds(60));
        tokens.remember("b", "bob", START.plusSeconds(60));
        tokens.remember("a", "alice", START.plusSeconds(60));
        assertEquals("alice", tokens.find("a"));
        assertEquals("bob", tokens.find("b"));
    }

    @Test
    void aMaximumSizeOfZeroRemembersNothing() {
        var off = new VerifiedTokens<String>(0, Duration.ofMinutes(5), wall);
        off.remember("a", "alice", START.plusSeconds(60));
        assertNull(off.find("a"));
    }
}
