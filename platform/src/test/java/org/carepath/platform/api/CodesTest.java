package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {

    enum Status {
        IN_PROGRESS, ON_HOLD
    }

    @Test
    void codesAreLowercaseWithHyphens() {
        assertEquals("in-progress", Codes.of(Status.IN_PROGRESS));
    }

    @Test
    void parsingIgnoresCaseAndNamesTheCodesThereAreWhenItFails() {
        assertEquals(Status.ON_HOLD, Codes.parse(Status.class, "On-Hold"));
        var refused = assertThrows(IllegalArgumentException.class, () -> Codes.parse(Status.class, "ON_HOLD"));
        assertTrue(refused.getMessage().contains("[in-progress, on-hold]"), refused.getMessage());
    }
}
