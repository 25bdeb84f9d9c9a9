package org.carepath.testkit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules every service keeps, checked on its compiled main code. A service's test suite
 * asserts that none is broken, e.g.
 * {@code assertEquals(Map.of(), HouseRules.of("org.carepath.referrals").broken())}.
 * <ul>
 * <li>a service depends on the event contract ({@code events}) and {@code platform}, never on another service;</li>
 * <li>the edges ({@code api} for REST, {@code fhir} for the FHIR facade, {@code messaging} for incoming events) depend
 * on the domain, never the reverse;</li>
 * <li>no cycles between the service's packages;</li>
 * <li>HTTP problems only in {@code api}: the domain refuses with {@code platform.domain} refusals;</li>
 * <li>events are typed: no {@code Record} (or collection of them) passed, returned or held where an event belongs.</li>
 * </ul>
 */
public final class HouseRules {

    private static final String CONTRACT = "org.carepath.events..";
    private static final String PLATFORM = "org.carepath.platform..";
    private static final String PROBLEM = "org.carepath.platform.problem.ProblemException";

    private final String root;
    private final JavaClasses classes;

    HouseRules(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The rules on the main classes under the service's root package. */
    public static HouseRules of(String root) {
        return new HouseRules(root, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    /** Each rule the classes break, with ArchUnit's report of every violation found; empty when all hold. */
    public Map<String, String> broken() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("depends only on the event contract and platform", onlyContractAndPlatform());
        rules.put("the domain depends on no edge", domainWithoutEdges());
        rules.put("packages are free of cycles", noCycles());
        rules.put("HTTP problems only at the REST edge", problemsOnlyInApi());
        rules.put("events are typed", typedEvents());
        Map<String, String> broken = new LinkedHashMap<>();
        rules.forEach((name, rule) -> {
            var result = rule.evaluate(classes);
            if (result.hasViolation()) {
                broken.put(name, result.getFailureReport().toString());
            }
        });
        return broken;
    }

    private ArchRule onlyContractAndPlatform() {
        return classes().should().onlyDependOnClassesThat(
                        resideOutsideOfPackage("org.carepath..").or(resideInAnyPackage(root + "..", CONTRACT, PLATFORM)))
                .because("services are coupled through the events only");
    }

    private ArchRule domainWithoutEdges() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".api..", root + ".fhir..", root + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".api..", root + ".fhir..", root + ".messaging..")
                .because("api/, fhir/ and messaging/ are thin edges over the domain");
    }

    private ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private ArchRule problemsOnlyInApi() {
        return noClasses().that().resideOutsideOfPackage(root + ".api..")
                .should().dependOnClassesThat().areAssignableTo(PROBLEM)
                .because("the domain refuses with platform.domain refusals, mapped to problem+json once");
    }

    private ArchRule typedEvents() {
        return classes().should(carryNoUntypedRecords());
    }

    private static ArchCondition<JavaClass> carryNoUntypedRecords() {
        return new ArchCondition<>("pass, return and hold no java.lang.Record (use the topic's sealed event type)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethod method : type.getMethods()) {
                    Stream.concat(method.getParameterTypes().stream(), Stream.of(method.getReturnType()))
                            .filter(HouseRules::mentionsRecord)
                            .forEach(found -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " uses " + found.getName())));
                }
                for (JavaField field : type.getFields()) {
                    if (mentionsRecord(field.getType())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is " + field.getType().getName()));
                    }
                }
            }
        };
    }

    private static boolean mentionsRecord(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().anyMatch(raw -> raw.isEquivalentTo(Record.class));
    }
}
