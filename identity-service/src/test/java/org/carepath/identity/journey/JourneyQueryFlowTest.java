package org.carepath.identity.journey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.Practitioner;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The journey across topics in the order things happened, filtered by date, sector and type, paged; redelivery changes nothing. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class JourneyQueryFlowTest {

    @Test
    void entriesFromSeveralTopicsInTimeOrderFilteredAndPaged() {
        Directory.publishSectors();
        String person = TestPeople.nhsNumber();
        UUID plan = UUID.randomUUID();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        var accepted = Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T13:00:00Z"));
        var joined = CarePlans.councilJoins(person, plan, UUID.randomUUID(), Instant.parse("2026-11-21T10:00:00Z"));
        var coordinator = CarePlans.amyCoordinates(person, plan, Instant.parse("2026-11-20T11:00:00Z"));
        TestEvents.publish(joined);
        TestEvents.publish(coordinator);
        TestEvents.publish(joined);
        TestEvents.publish(submitted);
        TestEvents.publish(accepted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(4))
                .body("entries.eventId", contains(submitted.id(), coordinator.id(), accepted.id(), joined.id()))
                .body("entries.source", contains("care.referrals.v1", "care.careplans.v1", "care.referrals.v1",
                        "care.careplans.v1"))
                .body("entries[3].sector", equalTo("social-care")));

        given().auth().oauth2(Staff.hospitalNurse()).queryParam("sector", "community")
                .get("/persons/" + person + "/journey")
                .then().statusCode(200).body("entries.eventId", contains(coordinator.id(), accepted.id()));
        given().auth().oauth2(Staff.hospitalNurse())
                .queryParam("type", "referral.submitted").queryParam("type", "careplan.member-joined")
                .get("/persons/" + person + "/journey")
                .then().statusCode(200).body("entries.eventId", contains(submitted.id(), joined.id()));
        given().auth().oauth2(Staff.hospitalNurse())
                .queryParam("from", "2026-11-20T10:00:00Z").queryParam("to", "2026-11-21T00:00:00Z")
                .get("/persons/" + person + "/journey")
                .then().statusCode(200).body("entries.eventId", contains(coordinator.id(), accepted.id()));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("page", 1).queryParam("size", 3)
                .get("/persons/" + person + "/journey")
                .then().statusCode(200)
                .body("entries.eventId", contains(joined.id()))
                .body("total", equalTo(4))
                .body("involvement.involved.size()", equalTo(4));
    }

    @Test
    void anAdmissionKeyedInLateIsDatedWhenItHappenedAndFilteredByThatDate() {
        String person = TestPeople.nhsNumber();
        var referredToday = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        Instant threeDaysAgo = Instant.parse("2026-11-17T08:30:00Z");
        Instant keyedIn = Instant.parse("2026-11-20T12:00:00Z");
        var admitted = TestEvents.envelope("/carepath/discharge-service", person, keyedIn, new PatientAdmitted(
                UUID.randomUUID(), person, Cast.HOSPITAL, "ward-7", null, "emergency", threeDaysAgo, null,
                new Practitioner("hana.ahmed", "Hana Ahmed", Cast.HOSPITAL, "ward-7"), keyedIn));
        TestEvents.publish(referredToday);
        TestEvents.publish(admitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.eventId", contains(admitted.id(), referredToday.id()))
                .body("entries[0].occurredAt", equalTo("2026-11-17T08:30:00Z"))
                .body("entries[0].recordedAt", equalTo("2026-11-20T12:00:00Z"))
                .body("entries[1].occurredAt", equalTo("2026-11-20T09:00:00Z"))
                .body("entries[1].recordedAt", equalTo("2026-11-20T09:00:00Z")));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("from", "2026-11-18T00:00:00Z")
                .get("/persons/" + person + "/journey")
                .then().statusCode(200).body("entries.eventId", contains(referredToday.id()));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("to", "2026-11-18T00:00:00Z")
                .get("/persons/" + person + "/journey")
                .then().statusCode(200).body("entries.eventId", contains(admitted.id()));
    }

    @Test
    void aBadFilterIsA400Problem() {
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("from", "yesterday")
                .get("/persons/" + TestPeople.nhsNumber() + "/journey")
                .then().statusCode(400);
    }
}
