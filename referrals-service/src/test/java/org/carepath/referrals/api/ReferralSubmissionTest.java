package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What keeps a referral from being lost, doubled or overwritten: idempotent submit, the duplicate guard, If-Match. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralSubmissionTest {

    @TestHTTPResource("/")
    URI root;

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

    /** The duplicate guard tells a referrer nothing of a referral it may not read; the receiving side, who can read both, is shown it. */
    @Test
    void anotherOrganisationsOpenReferralIsNotToldToTheReferrerButShownToTheReceivingSide() {
        String person = TestPeople.nhsNumber();
        String service = Directory.reablement();
        String hospitals = Referrals.submit(Referrals.urgentFor(person, service));

        var councils = given().auth().oauth2(Staff.councilTriager()).contentType(ContentType.JSON)
                .body(Referrals.urgentFor(person, service))
                .post("/referrals")
                .then().statusCode(201)
                .body("possibleDuplicateOf", nullValue())
                .body(not(containsString(hospitals)))
                .extract().<String>path("id");

        given().auth().oauth2(Staff.councilTriager()).get("/referrals/" + councils)
                .then().statusCode(200).body("possibleDuplicateOf", nullValue()).body(not(containsString(hospitals)));
        given().auth().oauth2(Staff.communityTriager()).get("/referrals/" + councils)
                .then().statusCode(200).body("possibleDuplicateOf", equalTo(hospitals));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + hospitals)
                .then().statusCode(200).body("possibleDuplicateOf", nullValue());
    }

    /** The check and the insert are not one step: the database's unique index keeps the second of two identical submits out. */
    @Test
    void identicalSubmitsAtTheSameMomentMakeOneReferral() throws Exception {
        String body = new ObjectMapper().writeValueAsString(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        String token = Staff.hospitalReferrer();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(root.resolve("/referrals"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            var response = answer.get(60, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() != 201) {
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            }
        }
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), "one referral: " + statuses);
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), "the others refused: " + statuses);
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
