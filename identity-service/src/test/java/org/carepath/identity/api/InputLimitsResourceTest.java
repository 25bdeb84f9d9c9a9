package org.carepath.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.carepath.identity.Staff;
import org.carepath.platform.api.Limits;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The person index's texts have their columns' maxima, in bodies and in query parameters; a body over 1 MB is 413. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @Test
    void aNameAtItsColumnsWidthIsTakenAndOneCharacterMoreIsRefused() {
        register(TestPeople.nhsNumber(), "g".repeat(Limits.SHORT_NAME)).statusCode(201);

        assertRefused(register(TestPeople.nhsNumber(), "g".repeat(Limits.SHORT_NAME + 1)), "givenName");
    }

    @Test
    void anIdentifierLongerThanItsColumnIsRefusedInABodyAndInALookup() {
        String person = TestPeople.nhsNumber();
        register(person, "Joan").statusCode(201);
        String tooLong = "m".repeat(Limits.IDENTIFIER + 1);

        assertRefused(given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", tooLong, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + person + "/identifiers").then(), "value");
        assertRefused(given().auth().oauth2(Staff.hospitalNurse())
                .queryParam("kind", "hospital-mrn").queryParam("value", tooLong).queryParam("assigningOrganisation", Cast.HOSPITAL)
                .get("/persons").then(), "value");
    }

    @Test
    void aBodyOverOneMegabyteIs413ProblemJson() {
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body("{\"givenName\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/persons")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:body-too-large"));
    }

    private static ValidatableResponse register(String nhsNumber, String givenName) {
        return given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", nhsNumber, "givenName", givenName, "familyName", "Smith"))
                .post("/persons").then();
    }

    private static void assertRefused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("violations.field", hasItem(field));
    }
}
