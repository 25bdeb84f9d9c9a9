package org.carepath.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NhsNumberSequenceTest {

    @Test
    void checkDigitMatchesAKnownValidNumber() {
        // the demo person's NHS number (deploy/local/carepath)
        assertEquals(9, NhsNumberSequence.checkDigit("943476591"));
    }

    @Test
    void givesDistinctValidNumbersInTheTestRange() {
        NhsNumberSequence sequence = new NhsNumberSequence(123_456);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = sequence.next();
            assertTrue(number.matches("999[0-9]{7}"), number);
            assertEquals(number.charAt(9) - '0', NhsNumberSequence.checkDigit(number.substring(0, 9)), number);
            assertTrue(seen.add(number), "repeated " + number);
        }
    }

    @Test
    void skipsNineDigitsThatHaveNoValidCheckDigit() {
        // 999000014 gives a remainder of 10: no NHS number starts with it
        assertEquals(10, NhsNumberSequence.checkDigit("999000014"));
        NhsNumberSequence sequence = new NhsNumberSequence(14);
        assertEquals("9990000158", sequence.next());
    }

    @Test
    void wrapsAroundAtTheEndOfTheRange() {
        NhsNumberSequence sequence = new NhsNumberSequence(999_999);
        assertEquals("9999999999", sequence.next());
        // 999000000 has no check digit: the next valid number is 999000001-8
        assertEquals("9990000018", sequence.next());
    }
}
