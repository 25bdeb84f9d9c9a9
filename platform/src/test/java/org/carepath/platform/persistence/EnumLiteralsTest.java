package org.carepath.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnumLiteralsTest {

    @Test
    void aSetOfConstantsIsWrittenAsQualifiedHqlLiteralsInOrder() {
        assertEquals("(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY)",
                EnumLiterals.of(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertEquals("(java.time.DayOfWeek.SUNDAY)", EnumLiterals.of(EnumSet.of(DayOfWeek.SUNDAY)));
    }

    @Test
    void anEmptySetIsRefusedRatherThanWrittenAsInvalidHql() {
        assertThrows(IllegalArgumentException.class, () -> EnumLiterals.of(List.of()));
    }
}
