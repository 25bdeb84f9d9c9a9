package org.carepath.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.carepath.testkit.architecture.HouseRules;
import org.junit.jupiter.api.Test;

/** testkit's {@link HouseRules} on this service's code: a failure names each broken rule and every violation. */
class ArchitectureTest {

    @Test
    void keepsTheHouseRules() {
        assertEquals(Map.of(), HouseRules.of("org.carepath.insights").broken());
    }
}
