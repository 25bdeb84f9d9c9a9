package org.carepath.identity.api;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;

import org.carepath.identity.Staff;
import org.carepath.testkit.CarePathTestResource;
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
class IdentityBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void noBadInputGetsA5xxOrIsStored() throws Exception {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", person, "givenName", "Joan", "familyName", "Smith", "dateOfBirth", "1941-03-02"))
                .post("/persons")
                .then().statusCode(201);

        var report = BadInputSuite.against(root, "identity-service")
                .token(Staff.hospitalNurse())
                .token("/audit", Staff.hospitalManager())
                .token("/ops", Staff.ops())
                .token("/webhooks", Staff.hospitalAdmin())
                .known("/persons/{nhsNumber}", "nhsNumber", () -> person)
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
