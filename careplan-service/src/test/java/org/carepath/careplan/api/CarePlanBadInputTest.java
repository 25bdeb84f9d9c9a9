package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.badinput.BadInputSuite;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** At least 2,000 requests generated from the OpenAPI document: no 5xx, no bad value taken, every error problem+json, no leak. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class CarePlanBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void noBadInputGetsA5xxOrIsStored() throws Exception {
        String plan = CarePlans.create(TestPeople.nhsNumber());
        String meeting = given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("title", "Ward 7 board round", "heldAt", "2026-11-24T10:00:00Z",
                        "attendees", List.of(Map.of("userId", "amy.lee", "name", "Amy Lee", "organisation", Cast.HOSPITAL,
                                "role", "discharge coordinator"))))
                .post("/mdt-meetings")
                .then().statusCode(201)
                .extract().<String>path("id");

        var report = BadInputSuite.against(root, "careplan-service")
                .token(Staff.hospitalCoordinator())
                .known("/care-plans", "id", () -> plan)
                .known("/mdt-meetings", "id", () -> meeting)
                .known("carePlanId", () -> plan)
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
