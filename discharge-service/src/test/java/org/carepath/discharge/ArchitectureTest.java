package org.carepath.discharge;

import org.carepath.testkit.architecture.ServiceArchitectureTest;

/** The house rules (testkit's {@link ServiceArchitectureTest}) on this service's code. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.carepath.discharge");
    }
}
