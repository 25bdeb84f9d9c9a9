package org.carepath.discharge.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.platform.api.Limits;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** An episode's texts have their columns' maxima, refused at the edge with the field named; a body over 1 MB is 413. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @Test
    void aWardAtItsColumnsWidthIsTakenAndOneCharacterMoreIsRefused() {
        admit(Map.of("nhsNumber", TestPeople.nhsNumber(), "ward", "w".repeat(Limits.WARD),
                "admittedAt", "2026-11-01T09:00:00Z", "admissionMethod", "emergency"))
                .statusCode(201);

        admit(Map.of("nhsNumber", TestPeople.nhsNumber(), "ward", "w".repeat(Limits.WARD + 1),
                "admittedAt", "2026-11-01T09:00:00Z", "admissionMethod", "emergency"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("violations.field", hasItem("ward"));
    }

    /** The day after +999999999-12-31 does not exist: that was a 500; 1800 or 2300 was a report of nothing. */
    @Test
    void aSitrepDateNoCareRecordCanHaveIs400() {
        for (String date : new String[] { "+999999999-12-31", "1800-01-01", "2300-01-01" }) {
            given().auth().oauth2(Staff.dischargeCoordinator()).queryParam("date", date).get("/sitrep")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", equalTo(date + " is not a date a care record holds; dates must fall between 1850 and 2199"));
        }
        given().auth().oauth2(Staff.dischargeCoordinator()).queryParam("date", "2025-02-30").get("/sitrep")
                .then().statusCode(400).body("detail", equalTo("'2025-02-30' is not a date of the form 2025-06-01"));
    }

    @Test
    void aBodyOverOneMegabyteIs413ProblemJson() {
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON)
                .body("{\"clinicalCriteria\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/episodes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:body-too-large"));
    }

    @Test
    void anAdmissionMoveOrDischargeInTheFutureIsA400NamingTheFieldAndNothingIsStored() {
        String person = TestPeople.nhsNumber();
        admit(Map.of("nhsNumber", person, "ward", "ward-7", "admittedAt", "2099-01-01T09:00:00Z", "admissionMethod", "emergency"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("admittedAt"));
        given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(0));

        String id = Episodes.admit(Staff.wardNurse(), person, Instant.now().minusSeconds(3600).toString(), "emergency");
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
        Episodes.post(id, "/transfer", Staff.wardNurse(), Map.of("ward", "ward-9", "at", tomorrow))
                .statusCode(400).body("violations.field", contains("at"));
        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("at", tomorrow))
                .statusCode(400).body("violations.field", contains("at"));
        Episodes.get(id, Staff.wardNurse()).statusCode(200).body("status", equalTo("admitted")).body("ward", equalTo("ward-7"));
    }

    private static ValidatableResponse admit(Map<String, Object> body) {
        return given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON).body(body).post("/episodes").then();
    }
}
