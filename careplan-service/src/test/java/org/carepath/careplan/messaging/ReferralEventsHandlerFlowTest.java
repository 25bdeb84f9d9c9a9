package org.carepath.careplan.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Referral events from the real broker put teams on, and take them off, the person's care team. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralEventsHandlerFlowTest {

    private static final String REFERRALS = "/carepath/referrals-service";
    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");
    private static final Practitioner HOSPITAL_REFERRER = new Practitioner("hana.ahmed", "Hana Ahmed", Cast.HOSPITAL, "ward-7");

    @Test
    void anAcceptedReferralPutsTheReceivingTeamOnThePersonsPlanOnceHoweverOftenItArrives() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);
        CloudEvent<CareEvent> accepted = accepted(person, UUID.randomUUID(), Cast.COMMUNITY, "reablement");

        TestEvents.publish(accepted);
        TestEvents.publish(accepted);
        // the same acceptance under a new event id, as a replaying producer might send it
        TestEvents.publish(TestEvents.envelope(REFERRALS, person, accepted.time(), accepted.data()));
        // one person's events share a partition: once this one is applied, so are those before it
        TestEvents.publish(accepted(person, UUID.randomUUID(), Cast.COUNCIL, "adult-social-care"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.councilSocialWorker()).statusCode(200));
        JsonPath plan = CarePlans.get(id, Staff.communityCoordinator()).statusCode(200).extract().jsonPath();
        assertEquals(List.of(Cast.HOSPITAL, Cast.COMMUNITY, Cast.COUNCIL), plan.getList("members.organisation"));
        assertEquals("referral: Home reablement", plan.getString("members[1].role"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                        "careplan.member-joined", "careplan.member-joined"),
                CarePlans.eventTypes(person)));
    }

    @Test
    void anAcceptedReferralForAPersonWithNoPlanDraftsOneAndCompletionEndsTheMembership() {
        String person = TestPeople.nhsNumber();
        UUID referral = UUID.randomUUID();
        TestEvents.publish(accepted(person, referral, Cast.COMMUNITY, "reablement"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Staff.communityCoordinator()).queryParam("nhsNumber", person).get("/care-plans")
                        .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("draft")));
        String id = given().auth().oauth2(Staff.communityCoordinator()).queryParam("nhsNumber", person).get("/care-plans")
                .then().extract().path("items[0].id");

        TestEvents.publish(TestEvents.envelope(REFERRALS, person, Instant.now(),
                new ReferralCompleted(referral, person, TRIAGER, Cast.COMMUNITY, "reablement", Instant.now())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.communityCoordinator()).statusCode(404));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("careplan.created", "careplan.member-joined", "careplan.member-left"), CarePlans.eventTypes(person)));
    }

    @Test
    void aTeamThatStillOwnsOpenActionsStaysOnTheCareTeamWhenItsReferralCompletes() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);
        UUID referral = UUID.randomUUID();
        TestEvents.publish(accepted(person, referral, Cast.COMMUNITY, "reablement"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.communityCoordinator()).statusCode(200));
        CarePlans.addAction(id, "Practise stairs twice a day", Cast.COMMUNITY, "reablement", "2036-12-01").statusCode(200);

        TestEvents.publish(TestEvents.envelope(REFERRALS, person, Instant.now(),
                new ReferralCompleted(referral, person, TRIAGER, Cast.COMMUNITY, "reablement", Instant.now())));
        // a later event for the person: once it is applied, so is the completion
        TestEvents.publish(accepted(person, UUID.randomUUID(), Cast.COUNCIL, "adult-social-care"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.councilSocialWorker()).statusCode(200));
        CarePlans.get(id, Staff.communityCoordinator()).statusCode(200)
                .body("members.findAll { it.organisation == 'RY1' }.leftAt", contains(nullValue()));
        assertFalse(CarePlans.eventTypes(person).contains("careplan.member-left"));
    }

    @Test
    void aCancelledReferralTakesItsTeamOffThePlanAndRevokesTheDraftItStarted() {
        String person = TestPeople.nhsNumber();
        UUID referral = UUID.randomUUID();
        TestEvents.publish(accepted(person, referral, Cast.COMMUNITY, "reablement"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Staff.communityCoordinator()).queryParam("nhsNumber", person).get("/care-plans")
                        .then().statusCode(200).body("total", equalTo(1)));
        String id = given().auth().oauth2(Staff.communityCoordinator()).queryParam("nhsNumber", person).get("/care-plans")
                .then().extract().path("items[0].id");

        CloudEvent<CareEvent> cancelled = TestEvents.envelope(REFERRALS, person, Instant.now(),
                new ReferralCancelled(referral, person, HOSPITAL_REFERRER, "Went to live with her daughter", Instant.now()));
        TestEvents.publish(cancelled);
        TestEvents.publish(TestEvents.envelope(REFERRALS, person, cancelled.time(), cancelled.data()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("careplan.created", "careplan.member-joined", "careplan.member-left", "careplan.versioned"),
                CarePlans.eventTypes(person)));
        CarePlans.get(id, Staff.communityCoordinator()).statusCode(404);
    }

    @Test
    void aCancelledReferralEndsOnlyThePlaceItGaveOnAPlanOthersWorkFrom() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);
        UUID referral = UUID.randomUUID();
        TestEvents.publish(accepted(person, referral, Cast.COMMUNITY, "reablement"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.communityCoordinator()).statusCode(200));

        TestEvents.publish(TestEvents.envelope(REFERRALS, person, Instant.now(),
                new ReferralCancelled(referral, person, HOSPITAL_REFERRER, "No longer needed", Instant.now())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                CarePlans.get(id, Staff.communityCoordinator()).statusCode(404));
        JsonPath plan = CarePlans.get(id, Staff.hospitalCoordinator()).statusCode(200).extract().jsonPath();
        assertEquals("draft", plan.getString("status"));
        assertEquals("referral cancelled: No longer needed",
                plan.getString("members.find { it.organisation == 'RY1' }.leftReason"));
    }

    @Test
    void aPoisonReferralEventIsDeadLettered() {
        String person = TestPeople.nhsNumber();
        String eventId = UUID.randomUUID().toString();
        // a readable envelope whose data breaks its record
        String poison = """
                {"specversion": "1.0", "id": "%s", "source": "/carepath/referrals-service", "type": "referral.accepted",
                 "time": "2026-11-20T09:00:00Z", "subject": "%s", "data": 42}""".formatted(eventId, person);
        TestKafka.get().send(Topics.REFERRALS, person, poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                poison, "careplan-service", "care-teams", eventId, 1, "does not match its record"));
    }

    @Test
    void anEventWhoseEffectKeepsFailingIsDeadLetteredAfterItsRetries() {
        String person = TestPeople.nhsNumber();
        CloudEvent<CareEvent> valid = accepted(person, UUID.randomUUID(), Cast.COUNCIL, "adult-social-care");
        // well formed, but its id is too long for processed_event.event_id: every attempt fails in the database
        CloudEvent<CareEvent> failing = new CloudEvent<>(valid.specversion(), "x".repeat(70), valid.source(), valid.type(),
                valid.time(), valid.subject(), valid.datacontenttype(), valid.data());
        TestEvents.publish(failing);
        // the first attempt and carepath.consumer.retries (3) more
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                TestEvents.json(failing), "careplan-service", "care-teams", failing.id(), 4, "value too long"));
    }

    private static CloudEvent<CareEvent> accepted(String person, UUID referral, String organisation, String team) {
        return TestEvents.envelope(REFERRALS, person, Instant.now(), new ReferralAccepted(referral, person, TRIAGER,
                UUID.randomUUID(), "Home reablement", organisation, team, Cast.HOSPITAL, Instant.now()));
    }
}
