package org.carepath.identity.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.carepath.identity.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class JourneyResourceTest {

    @Test
    void staffOfAnUninvolvedOrganisationAreRefused() {
        given().auth().oauth2(Staff.councilSocialWorker())
                .get("/persons/9990000026/journey")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("no current legitimate relationship"));
    }

    @Test
    void anInvalidNhsNumberIsA400Problem() {
        given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/9434765918/journey")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("nhsNumber"));
    }

    @Test
    void noTokenIsA401Problem() {
        given().get("/persons/9434765919/journey")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
