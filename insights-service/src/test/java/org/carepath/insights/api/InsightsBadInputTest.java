package org.carepath.insights.api;

import java.net.URI;

import org.carepath.insights.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.badinput.BadInputSuite;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** testkit's bad-input suite over every endpoint of the OpenAPI document, as a manager on ops duty. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InsightsBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void noBadInputGetsA5xx() throws Exception {
        var report = BadInputSuite.against(root, "insights-service")
                .token(Staff.managerOnOpsDuty())
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
