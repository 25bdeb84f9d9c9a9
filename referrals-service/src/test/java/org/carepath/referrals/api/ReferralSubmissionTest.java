package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What keeps a referral from being lost, doubled or overwritten: idempotent submit, the duplicate guard, If-Match. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralSubmissionTest {

    @Test
    void aRetriedSubmitWithTheSameIdempotencyKeyReturnsTheFirstReferral() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
        String retried = given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .post("/referrals").then().statusCode(200).extract().path("id");

        assertEquals(first, retried);
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + first)
                .then().body("history.action", contains("submit"));
    }

    @Test
    void theSameKeyForADifferentReferralIsRefused() {
        String service = Directory.reablement();
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), service))
                .post("/referrals").then().statusCode(201);

        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), service))
                .post("/referrals").then().statusCode(422)
                .body("type", equalTo("urn:carepath:problem:idempotency-key-reused"));
    }

    @Test
    void anOpenReferralToTheSameServiceIsSurfacedNotDuplicated() {
        String person = TestPeople.nhsNumber();
        String service = Directory.reablement();
        String existing = Referrals.submit(Referrals.urgentFor(person, service));

        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .body(Referrals.urgentFor(person, service))
                .post("/referrals")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:duplicate-referral"))
                .body("existingReferral", equalTo("/referrals/" + existing));

        var confirmed = Referrals.urgentFor(person, service);
        confirmed.put("duplicateReason", "A second episode: the first referral was for her husband's care needs");
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(confirmed)
                .post("/referrals")
                .then().statusCode(201)
                .body("duplicateReason", containsString("second episode"));
    }

    @Test
    void aClosedReferralDoesNotBlockANewOne() {
        String person = TestPeople.nhsNumber();
        String service = Directory.reablement();
        String first = Referrals.submit(Referrals.urgentFor(person, service));
        Referrals.act(first, "cancel", Staff.hospitalReferrer(), "Sent too early").statusCode(200);

        Referrals.submit(Referrals.urgentFor(person, service));
    }

    @Test
    void twoTriagersAtOnceCannotOverwriteEachOther() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);
        String version = Referrals.etag(id, Staff.communityTriager());

        given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("riskGrade", "high")).post("/referrals/" + id + "/triage")
                .then().statusCode(200);
        given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("riskGrade", "low")).post("/referrals/" + id + "/triage")
                .then().statusCode(412)
                .contentType("application/problem+json");

        given().auth().oauth2(Staff.communityTriager()).get("/referrals/" + id).then().body("riskGrade", equalTo("high"));
    }

    @Test
    void anUpdateWithoutIfMatchIs428() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON).body("{}")
                .post("/referrals/" + id + "/receive")
                .then().statusCode(428).contentType("application/problem+json");
    }
}
