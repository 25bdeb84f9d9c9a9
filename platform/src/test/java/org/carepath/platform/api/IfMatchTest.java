package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carepath.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theCurrentVersionPassesStrongOrWeak() {
        assertDoesNotThrow(() -> IfMatch.check("\"3\"", 3));
        assertDoesNotThrow(() -> IfMatch.check("W/\"3\"", 3));
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        var refused = assertThrows(ProblemException.class, () -> IfMatch.check("\"2\"", 3));
        assertEquals(412, refused.status());
        assertEquals(3L, refused.extensions().get("currentVersion"));
    }

    @Test
    void noIfMatchIsAPreconditionRequired() {
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.check(null, 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.check(" ", 3)).status());
    }
}
