package org.carepath.testkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The house rules can fail: each finds the violation a fixture service commits on purpose. */
class HouseRulesTest {

    private static final String FIXTURE = "org.carepath.testkit.architecture.fixture";

    @Test
    void eachRuleFindsTheFixturesViolation() {
        HouseRules rules = new HouseRules(FIXTURE, new ClassFileImporter().importPackages(FIXTURE));

        assertEquals(Set.of("depends only on the event contract and platform", "the domain depends on no edge",
                "packages are free of cycles", "HTTP problems only at the REST edge", "events are typed"),
                rules.broken().keySet());
    }
}
