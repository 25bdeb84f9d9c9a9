package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.carepath.events.Topics;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.EventContract;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralResourceTest {

    private static Map<String, String> referral(String nhsNumber) {
        return Map.of("nhsNumber", nhsNumber, "targetOrganisation", Staff.COMMUNITY,
                "reason", "Needs help with washing and dressing after a fall");
    }

    @Test
    void submittedReferralIsStoredAndPublishedAsReferralSubmitted() {
        var created = given().auth().oauth2(Staff.hospitalReferrer())
                .contentType(ContentType.JSON).body(referral("9434765919"))
                .when().post("/referrals")
                .then().statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("referringOrganisation", equalTo(Staff.HOSPITAL))
                .body("referringPractitioner", equalTo("hana.ahmed"))
                .body("referringTeam", equalTo("ward-7"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/referrals/" + id));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(1,
                TestKafka.get().records(Topics.REFERRALS).stream().filter(record -> record.value().contains(id)).count()));
        var record = TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(candidate -> candidate.value().contains(id)).findFirst().orElseThrow();
        assertEquals(Set.of(), EventContract.violations(record.value()), "the event keeps the published contract");
        JsonNode event = TestEvents.read(record.value());
        assertEquals("9434765919", record.key(), "keyed by NHS number so a person's events stay ordered");
        assertEquals("referral.submitted", event.get("type").asText());
        assertEquals("9434765919", event.get("subject").asText());
        assertEquals(id, event.get("data").get("referralId").asText());
        assertEquals(Staff.COMMUNITY, event.get("data").get("targetOrganisation").asText());
    }

    @Test
    void bothOrganisationsCanReadTheReferralAndAThirdCannotTellItExists() {
        String location = given().auth().oauth2(Staff.hospitalReferrer())
                .contentType(ContentType.JSON).body(referral("9434765870"))
                .post("/referrals")
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(Staff.hospitalReferrer()).get(location).then().statusCode(200)
                .body("nhsNumber", equalTo("9434765870"));
        given().auth().oauth2(Staff.communityTriager()).get(location).then().statusCode(200);
        given().auth().oauth2(Staff.councilSocialWorker()).get(location).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidNhsNumberIsA400ProblemNamingTheField() {
        given().auth().oauth2(Staff.hospitalReferrer())
                .contentType(ContentType.JSON).body(referral("9434765918"))
                .when().post("/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("violations.field", hasItem("nhsNumber"))
                .body("detail", containsString("Modulus 11"));
    }

    @Test
    void missingFieldsAndMalformedJsonAre400Problems() {
        given().auth().oauth2(Staff.hospitalReferrer())
                .contentType(ContentType.JSON).body(Map.of("nhsNumber", "9434765919"))
                .post("/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("targetOrganisation"))
                .body("violations.field", hasItem("reason"));

        given().auth().oauth2(Staff.hospitalReferrer())
                .contentType(ContentType.JSON).body("{\"nhsNumber\": ")
                .post("/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:malformed-body"));
    }

    @Test
    void noTokenIsA401Problem() {
        given().contentType(ContentType.JSON).body(referral("9434765919"))
                .when().post("/referrals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aForgedTokenIsA401Problem() {
        String forged = Staff.hospitalReferrer();
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(referral("9434765919"))
                .when().post("/referrals")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void staffWithoutTheReferrerRoleAreForbidden() {
        given().auth().oauth2(Staff.hospitalClerk())
                .contentType(ContentType.JSON).body(referral("9434765919"))
                .when().post("/referrals")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
