package org.carepath.discharge.api;

import java.net.URI;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.badinput.BadInputSuite;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** At least 2,000 requests generated from the OpenAPI document: no 5xx, no bad value taken, every error problem+json, no leak. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DischargeBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void noBadInputGetsA5xxOrIsStored() throws Exception {
        String episode = Episodes.admit(Staff.dischargeCoordinator(), TestPeople.nhsNumber(), "2026-11-20T10:00:00Z", "elective");

        var report = BadInputSuite.against(root, "discharge-service")
                .token(Staff.dischargeCoordinator())
                .token("/adt", Staff.integration(Cast.HOSPITAL))
                .token("/delay-codes", Staff.admin())
                .known("/episodes", "id", () -> episode)
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
