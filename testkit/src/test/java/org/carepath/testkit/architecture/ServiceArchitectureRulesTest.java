package org.carepath.testkit.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules can fail: each finds the violation a fixture service commits on purpose. */
class ServiceArchitectureRulesTest {

    private static final String FIXTURE = "org.carepath.testkit.architecture.fixture";

    private final ServiceArchitectureTest rules = new ServiceArchitectureTest(FIXTURE,
            new ClassFileImporter().importPackages(FIXTURE)) {
    };

    @Test
    void eachRuleFindsTheFixturesViolation() {
        Map<String, ArchRule> broken = Map.of(
                "another module", rules.onlyContractAndPlatform(),
                "domain on an edge", rules.domainWithoutEdges(),
                "package cycle", rules.noCycles(),
                "problem outside api", rules.problemsOnlyInApi(),
                "bare Record", rules.typedEvents());
        broken.forEach((what, rule) -> assertTrue(rule.evaluate(rules.imported()).hasViolation(), what));
    }
}
