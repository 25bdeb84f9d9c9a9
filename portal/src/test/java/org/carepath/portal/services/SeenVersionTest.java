package org.carepath.portal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SeenVersionTest {

    @Test
    void theVersionShownGoesBackQuotedAsAnEntityTag() {
        assertEquals("\"7\"", SeenVersion.ifMatch(7));
    }

    @Test
    void aFormWithoutANumberForItsVersionHasNoVersionRatherThanVersionZero() {
        assertEquals(12L, SeenVersion.of(" 12 "));
        assertNull(SeenVersion.of(null));
        assertNull(SeenVersion.of(""));
        assertNull(SeenVersion.of("12abc"));
        assertNull(SeenVersion.of("99999999999999999999"));
    }
}
