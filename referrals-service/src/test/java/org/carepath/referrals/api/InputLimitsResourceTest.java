package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.carepath.platform.api.Limits;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every stored text and list has its column's maximum, refused at the edge with the field named; a body over 1 MB is 413. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @Test
    void aReasonAtItsMaximumIsTakenAndOneCharacterMoreIsRefusedNamingTheField() {
        var atMaximum = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        atMaximum.put("reason", "r".repeat(Limits.FREE_TEXT));
        Referrals.submit(atMaximum);

        var over = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        over.put("reason", "r".repeat(Limits.FREE_TEXT + 1));
        assertRefused(submit(over, null), "reason");
    }

    @Test
    void aNestedFieldInAListIsBoundedToo() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        body.put("assessments", List.of(Map.of("reference", "RX1/OT/1", "title", "OT assessment",
                "summary", "s".repeat(Limits.FREE_TEXT + 1), "organisation", Staff.HOSPITAL)));
        assertRefused(submit(body, null), "assessments[0].summary");
    }

    @Test
    void moreAssessmentsThanAReferralCarriesAreRefused() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        var assessment = Map.of("reference", "RX1/OT/1", "title", "OT assessment", "summary", "Walks with a frame",
                "organisation", Staff.HOSPITAL);
        body.put("assessments", Collections.nCopies(Limits.ASSESSMENTS + 1, assessment));
        assertRefused(submit(body, null), "assessments");
    }

    @Test
    void anIdempotencyKeyLongerThanItsColumnIsRefused() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        assertRefused(submit(body, "k".repeat(Limits.IDEMPOTENCY_KEY + 1)), "idempotencyKey");
    }

    @Test
    void aBodyOverOneMegabyteIs413ProblemJson() {
        String body = "{\"reason\":\"" + "x".repeat(1024 * 1024) + "\"}";
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(body)
                .post("/referrals")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:body-too-large"))
                .body("status", equalTo(413));
    }

    private static ValidatableResponse submit(Map<String, Object> body, String idempotencyKey) {
        var request = given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).post("/referrals").then();
    }

    private static void assertRefused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("violations.field", hasItem(field))
                .body("detail", containsString(field + " size must be between"));
    }
}
