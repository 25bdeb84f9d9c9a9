package org.carepath.platform.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = { "9434765919", "9434765870", "4010232137", "9990000026" })
    void acceptsNumbersWhoseCheckDigitMatches(String nhsNumber) {
        assertTrue(NhsNumbers.isValid(nhsNumber));
    }

    @ParameterizedTest
    @ValueSource(strings = { "9434765918", "9434765911", "4010232138" })
    void refusesAWrongCheckDigit(String nhsNumber) {
        assertFalse(NhsNumbers.isValid(nhsNumber));
    }

    @Test
    void acceptsZeroWhenElevenMinusTheRemainderIsEleven() {
        // 9,4,3,4,7,6,5,9,0 weighted 10..2 sum to 297 = 27 x 11: 11 - 0 = 11, written as 0
        assertTrue(NhsNumbers.isValid("9434765900"));
    }

    @Test
    void refusesNineDigitsWhoseCheckWouldBeTen() {
        // 1..9 weighted 10..2 sum to 210, remainder 1: 11 - 1 = 10, which no digit can hold
        for (int last = 0; last <= 9; last++) {
            assertFalse(NhsNumbers.isValid("123456789" + last));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "943476591", "94347659190", "943 476 5919", "943476591X", "９４３４７６５９１９" })
    void refusesAnythingButTenAsciiDigits(String candidate) {
        assertFalse(NhsNumbers.isValid(candidate));
    }

    @Test
    void displaysInThreeThreeFourGroups() {
        assertEquals("943 476 5919", NhsNumbers.display("9434765919"));
    }
}
