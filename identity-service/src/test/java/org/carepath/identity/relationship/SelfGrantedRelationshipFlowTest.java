package org.carepath.identity.relationship;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.carepath.identity.Staff;
import org.carepath.identity.TestClock;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A relationship an organisation gives itself (a plan started, a referral sent, with no relationship
 * before) is read under a basis of its own, audited apart, reported to its Caldicott guardian, and lapses
 * unless another party follows it up; a redirect keeps the original referrer involved.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class SelfGrantedRelationshipFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant AN_HOUR_AGO = TestClock.START.minus(Duration.ofHours(1));
    private static final Duration PAST_THE_EXPIRY = Duration.ofDays(8);

    @Inject
    TestClock clock;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aPlanStartedWithoutARelationshipIsSelfGrantedAuditedApartReportedAndLapses() {
        String person = TestPeople.nhsNumber();
        CarePlans.startedByAmy(person, UUID.randomUUID(), "Neighbour raised a safeguarding concern", AN_HOUR_AGO)
                .forEach(TestEvents::publish);

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilCareCoordinator(), person).statusCode(200)
                .body("basis", equalTo("self-granted-relationship")));
        given().auth().oauth2(Staff.councilCaldicottGuardian()).get("/audit/users/amy.lee").then().statusCode(200)
                .body("items.findAll { it.nhsNumber == '" + person + "' }.basis", hasItem("self-granted-relationship"))
                .body("items.findAll { it.nhsNumber == '" + person + "' }.outcome", hasItem("permitted"));
        report(Staff.councilCaldicottGuardian(), person)
                .body("userId", contains("amy.lee"))
                .body("name", contains("Amy Lee"))
                .body("team", contains("adult-social-care"))
                .body("reason", contains("Neighbour raised a safeguarding concern"))
                .body("originEvent", contains("careplan.created"))
                .body("state", contains("current"))
                .body("reads[0]", greaterThanOrEqualTo(1));
        // the report is the council's own: the hospital's guardian does not see it
        report(Staff.hospitalCaldicottGuardian(), person).body("size()", equalTo(0));

        clock.moveOn(PAST_THE_EXPIRY);
        journey(Staff.councilCareCoordinator(), person).statusCode(403);
        report(Staff.councilCaldicottGuardian(), person).body("state", contains("expired"));
    }

    @Test
    void aReferralTheReceivingSideActedOnStaysAfterTheExpiry() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, AN_HOUR_AGO);
        TestEvents.publish(submitted);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("basis", equalTo("self-granted-relationship")));
        report(Staff.hospitalCaldicottGuardian(), person)
                .body("reason", contains("Needs help with washing and dressing after a fall"))
                .body("originEvent", contains("referral.submitted"));

        TestEvents.publish(Referrals.receivedByReablement(submitted, AN_HOUR_AGO.plusSeconds(600)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("basis", equalTo("relationship")));
        clock.moveOn(PAST_THE_EXPIRY);
        journey(Staff.hospitalNurse(), person).statusCode(200).body("basis", equalTo("relationship"));
        report(Staff.hospitalCaldicottGuardian(), person).body("state", contains("confirmed"));
    }

    @Test
    void aReferralSentWithoutARelationshipEndsWithItsRejection() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, AN_HOUR_AGO);
        TestEvents.publish(submitted);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("basis", equalTo("self-granted-relationship")));

        TestEvents.publish(Referrals.rejectedByReablement(submitted, AN_HOUR_AGO.plusSeconds(600)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(403));
        report(Staff.hospitalCaldicottGuardian(), person).body("state", contains("ended"));
    }

    @Test
    void anAdmissionBeforeTheReferralMeansItWasNotSelfGranted() {
        String person = TestPeople.nhsNumber();
        UUID episode = UUID.randomUUID();
        Instant admitted = AN_HOUR_AGO.minus(Duration.ofDays(1));
        TestEvents.publish(TestEvents.envelope("/carepath/discharge-service", person, admitted,
                new org.carepath.events.discharge.PatientAdmitted(episode, person, Cast.HOSPITAL, "ward-7", null,
                        "emergency", admitted, null, null, admitted)));
        TestEvents.publish(Referrals.hospitalToCommunity(person, AN_HOUR_AGO));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.type", hasItem("referral.submitted"))
                .body("basis", equalTo("relationship")));
        report(Staff.hospitalCaldicottGuardian(), person).body("size()", equalTo(0));
    }

    @Test
    void afterARedirectTheOriginalReferrerStaysInvolvedThroughTheOnwardReferral() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, AN_HOUR_AGO);
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.receivedByReablement(submitted, AN_HOUR_AGO.plusSeconds(300)));
        Referrals.redirectedToTheCouncil(submitted, AN_HOUR_AGO.plusSeconds(600)).forEach(TestEvents::publish);

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilSocialWorker(), person).statusCode(200)
                .body("basis", equalTo("relationship")));
        journey(Staff.hospitalNurse(), person).statusCode(200).body("basis", equalTo("relationship"))
                .body("involvement.involved.findAll { it.organisation == 'RX1' }.basis", contains("referrer"));
        clock.moveOn(PAST_THE_EXPIRY);
        journey(Staff.hospitalNurse(), person).statusCode(200);
    }

    private static ValidatableResponse report(String guardian, String person) {
        return given().auth().oauth2(guardian)
                .queryParam("from", TestClock.START.minus(Duration.ofDays(30)).toString())
                .queryParam("to", TestClock.START.plus(Duration.ofDays(30)).toString())
                .queryParam("size", 200)
                .get("/audit/self-granted-relationships")
                .then().statusCode(200)
                .rootPath("items.findAll { it.nhsNumber == '" + person + "' }");
    }
}
