package org.carepath.identity.consent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.carepath.events.CloudEvent;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class SharingObjectionFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @BeforeAll
    static void sectorsAreKnown() {
        Directory.publishSectors();
    }

    private record Referral(String person, CloudEvent<Record> submitted, CloudEvent<Record> accepted) {
    }

    /** A hospital (acute) referral the community trust accepted: an entry from each sector. */
    private static Referral referredAndAccepted() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        var accepted = Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T13:00:00Z"));
        TestEvents.publish(submitted);
        TestEvents.publish(accepted);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.eventId", contains(submitted.id(), accepted.id()))
                .body("entries.sector", contains("acute", "community")));
        return new Referral(person, submitted, accepted);
    }

    @Test
    void anObjectionToASectorHidesItsEntriesAndLimitsItToItsOwnUntilWithdrawn() {
        var referral = referredAndAccepted();
        String person = referral.person();
        var submitted = referral.submitted();
        var accepted = referral.accepted();

        String objection = given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("scope", "sector", "target", "community", "reason", "Does not want the community trust to know"))
                .post("/persons/" + person + "/objections")
                .then().statusCode(201)
                .body("recordedBy", equalTo("Hana Ahmed"))
                .body("recordedAt", notNullValue())
                .extract().path("id");

        journey(Staff.hospitalNurse(), person).statusCode(200).body("entries.eventId", contains(submitted.id()));
        journey(Staff.communityNurse(), person).statusCode(200).body("entries.eventId", contains(accepted.id()));

        given().auth().oauth2(Staff.hospitalNurse()).post("/persons/" + person + "/objections/" + objection + "/withdraw")
                .then().statusCode(200).body("withdrawnBy", equalTo("hana.ahmed"));
        journey(Staff.communityNurse(), person).statusCode(200).body("entries.eventId", contains(submitted.id(), accepted.id()));
    }

    @Test
    void anObjectionToAnOrganisationHidesWhatItRecorded() {
        var referral = referredAndAccepted();
        String person = referral.person();
        var accepted = referral.accepted();
        given().auth().oauth2(Staff.communityNurse()).contentType(ContentType.JSON)
                .body(Map.of("scope", "organisation", "target", Staff.HOSPITAL))
                .post("/persons/" + person + "/objections")
                .then().statusCode(201);
        journey(Staff.communityNurse(), person).statusCode(200).body("entries.eventId", contains(accepted.id()));
    }

    @Test
    void onlyStaffOfAnInvolvedOrganisationRecordObjections() {
        String person = TestPeople.nhsNumber();
        TestEvents.publish(Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200));
        given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON)
                .body(Map.of("scope", "sector", "target", "acute"))
                .post("/persons/" + person + "/objections")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("scope", "planet", "target", "acute"))
                .post("/persons/" + person + "/objections")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
