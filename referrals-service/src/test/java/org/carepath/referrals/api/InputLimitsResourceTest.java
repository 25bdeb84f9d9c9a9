package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.carepath.platform.api.Limits;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every stored text and list has its column's maximum, refused at the edge with the field named; a body over 1 MB is 413. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @TestHTTPResource("/")
    URI root;

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
                "summary", "s".repeat(Limits.FREE_TEXT + 1), "organisation", Cast.HOSPITAL)));
        assertRefused(submit(body, null), "assessments[0].summary");
    }

    @Test
    void moreAssessmentsThanAReferralCarriesAreRefused() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        var assessment = Map.of("reference", "RX1/OT/1", "title", "OT assessment", "summary", "Walks with a frame",
                "organisation", Cast.HOSPITAL);
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

    /** A chunked body declares no length: it is refused once what arrived passes the limit, with the same problem. */
    @Test
    void aChunkedBodyOverOneMegabyteIs413ProblemJsonToo() throws Exception {
        byte[] body = ("{\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(root.resolve("/referrals"))
                .header("Authorization", "Bearer " + Staff.hospitalReferrer())
                .header("Content-Type", "application/json")
                // a stream of unknown length goes out as Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .timeout(Duration.ofSeconds(30))
                .build();

        var response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        var problem = TestEvents.read(response.body());
        assertEquals("urn:carepath:problem:body-too-large", problem.get("type").asText());
        assertEquals(413, problem.get("status").asInt());
    }

    @Test
    void aDuplicateKeyIsRefusedRatherThanTheLastOneWinning() {
        String body = "{\"reason\":\"first\",\"reason\":\"second\"}";
        assertMalformed(post(body)).body("detail", containsString("Duplicate field 'reason'"));
    }

    @Test
    void contentAfterTheBodyIsRefusedAndTheAnswerNamesNoJavaType() {
        String body = "{\"reason\":\"x\"} {\"reason\":\"y\"}";
        assertMalformed(post(body)).body("detail", not(containsString("org.carepath")))
                .body("detail", not(containsString("`")));
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheFieldAndNothingIsStored() {
        String person = TestPeople.nhsNumber();
        var body = Referrals.urgentFor(person, Directory.reablement());
        body.put("reason", "needs help\u0000at home");
        assertMalformed(submit(body, null))
                .body("detail", equalTo("field 'reason' contains the control character U+0000; text may hold none but tab and line breaks"));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals?size=100").then().statusCode(200)
                .body("items.nhsNumber", not(hasItem(person)));

        var tabsAndLineBreaks = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        tabsAndLineBreaks.put("reason", "Lives alone.\r\n\tStairs to the front door.");
        Referrals.submit(tabsAndLineBreaks);
    }

    @Test
    void aNullInAListAndADateNoCareRecordCanHaveAre400sNamingTheField() {
        var nullNeed = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        nullNeed.put("needsDomains", Arrays.asList("mobility-and-falls", null));
        assertMalformed(submit(nullNeed, null)).body("detail", containsString("field 'needsDomains"));

        var bornInYearZero = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        bornInYearZero.put("subject", Map.of("nhsNumber", TestPeople.nhsNumber(), "name", "Joan Smith", "birthDate", "0000-01-01"));
        assertMalformed(submit(bornInYearZero, null))
                .body("detail", equalTo("field 'subject.birthDate' is 0000-01-01; dates must fall between 1850 and 2199"));
    }

    @Test
    void datesThatCannotBeWhatTheFieldMeansAre400sNamingTheField() {
        String person = TestPeople.nhsNumber();
        var bornTooLongAgo = Referrals.urgentFor(person, Directory.reablement());
        bornTooLongAgo.put("subject", Map.of("nhsNumber", person, "name", "Joan Smith", "birthDate", "1860-01-01"));
        submit(bornTooLongAgo, null).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("subject.birthDate"));

        var bornInTheFuture = Referrals.urgentFor(person, Directory.reablement());
        bornInTheFuture.put("subject", Map.of("nhsNumber", person, "name", "Joan Smith", "birthDate", "2199-01-01"));
        submit(bornInTheFuture, null).statusCode(400).body("violations.field", contains("subject.birthDate"));

        var assessedInTheFuture = Referrals.urgentFor(person, Directory.reablement());
        assessedInTheFuture.put("assessments", List.of(Map.of("reference", "RX1/OT/1", "title", "OT", "summary", "Fine",
                "organisation", Cast.HOSPITAL, "completedOn", "2199-01-01")));
        submit(assessedInTheFuture, null).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("assessments[0].completedOn"));

        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals?size=100").then().statusCode(200)
                .body("items.nhsNumber", not(hasItem(person)));
    }

    @Test
    void aControlCharacterInAQueryParameterIs400() {
        given().auth().oauth2(Staff.hospitalReferrer()).queryParam("name", "front\u0000door").get("/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("query parameter 'name' contains a control character"));
    }

    @Test
    void aTrueFalseParameterIsTrueOrFalseNotAnythingElseReadAsFalse() {
        given().auth().oauth2(Staff.hospitalReferrer()).queryParam("includeRetired", "maybe").get("/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("'maybe' is not true or false"));
        given().auth().oauth2(Staff.hospitalReferrer()).queryParam("includeRetired", "TRUE").get("/directory/services")
                .then().statusCode(200);
    }

    @Test
    void aPageBeyondWhatAListCanHoldIs400NotAnOverflow() {
        given().auth().oauth2(Staff.hospitalReferrer()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .get("/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("starts past the end of any list"));
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(body).post("/referrals").then();
    }

    private static ValidatableResponse assertMalformed(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:malformed-body"));
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
