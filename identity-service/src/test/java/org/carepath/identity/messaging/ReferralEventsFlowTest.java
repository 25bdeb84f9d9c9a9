package org.carepath.identity.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;

import org.carepath.events.Topics;
import org.carepath.identity.Staff;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** referral.submitted from the real broker onto the journey, read back over HTTP. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralEventsFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void aSubmittedReferralAppearsOnThePersonsJourneyForBothOrganisations() {
        var event = Referrals.hospitalToCommunity("9434765919", Instant.parse("2026-11-20T10:15:30Z"));
        TestEvents.publish(event);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/9434765919/journey")
                .then().statusCode(200)
                .body("nhsNumber", equalTo("9434765919"))
                .body("entries.eventId", contains(event.id()))
                .body("entries[0].type", equalTo("referral.submitted"))
                .body("entries[0].organisation", equalTo(Cast.HOSPITAL))
                .body("entries[0].occurredAt", equalTo("2026-11-20T10:15:30Z"))
                .body("entries[0].summary",
                        equalTo("Referred by RX1 (ward-7) to Home reablement (RY1), urgent: "
                                + "Needs help with washing and dressing after a fall")));
        given().auth().oauth2(Staff.communityNurse())
                .get("/persons/9434765919/journey")
                .then().statusCode(200).body("entries", hasSize(1));
        // the person index learned the person from the event, and the directory its referrer
        given().auth().oauth2(Staff.councilSocialWorker())
                .get("/persons/9434765919")
                .then().statusCode(200).body("nhsNumber", equalTo("9434765919")).body("basis", equalTo("tracing"));
        given().auth().oauth2(Staff.councilSocialWorker())
                .get("/practitioners/hana.ahmed")
                .then().statusCode(200).body("organisation", equalTo(Cast.HOSPITAL));
    }

    @Test
    void laterStepsOfTheReferralAreToldInPlainWordsInOrder() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T13:00:00Z")));
        TestEvents.publish(Referrals.completedByReablement(submitted, Instant.parse("2026-11-22T16:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.communityNurse())
                .get("/persons/" + person + "/journey")
                .then().statusCode(200)
                .body("entries.type", contains("referral.submitted", "referral.accepted", "referral.completed"))
                .body("entries[1].summary", equalTo("Home reablement (RY1) accepted the referral"))
                .body("entries[1].actor", equalTo("Colin Reed"))
                .body("entries[2].summary", equalTo("RY1 (reablement) finished its work for this referral")));
    }

    @Test
    void aRedeliveredEventLeavesExactlyOneEntry() {
        var event = Referrals.hospitalToCommunity("9434765870", Instant.parse("2026-11-20T11:00:00Z"));
        var later = Referrals.hospitalToCommunity("9434765870", Instant.parse("2026-11-20T12:00:00Z"));
        TestEvents.publish(event);
        TestEvents.publish(event);
        TestEvents.publish(later);

        // the later event is behind both copies in the same partition: once it shows, both copies were consumed
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/9434765870/journey")
                .then().statusCode(200)
                .body("entries.eventId", contains(event.id(), later.id()))
                .body("total", equalTo(2)));
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsErrorAndTheNextEventStillArrives() {
        String poison = "{\"this is\": \"not a CloudEvent\"";
        TestKafka.get().send(Topics.REFERRALS, "4010232137", poison);
        var next = Referrals.hospitalToCommunity("4010232137", Instant.parse("2026-11-21T09:00:00Z"));
        TestEvents.publish(next);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/4010232137/journey")
                .then().statusCode(200).body("entries.eventId", contains(next.id())));
        // no envelope could be read, so no event id; a poison event is not retried
        await().atMost(PATIENCE).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, "4010232137", poison,
                "identity-service", TopicProjection.CONSUMER, null, 1, "not a CloudEvent"));
    }
}
