package org.carepath.identity.consent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.involvement;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
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

    private record Referral(String person, CloudEvent<CareEvent> submitted, CloudEvent<CareEvent> accepted) {
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
                .body(Map.of("scope", "organisation", "target", Cast.HOSPITAL))
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

    @Test
    void aPartyObjectedToSeesOnlyItsOwnInvolvementAndThatItIsRestrictedAndCannotWithdrawIt() {
        var referral = referredAndAccepted();
        String person = referral.person();
        TestEvents.publish(CarePlans.councilJoins(person, UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2026-11-21T10:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> involvement(Staff.hospitalNurse(), person).statusCode(200)
                .body("involved.sector", hasItem("social-care")));

        String objection = given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("scope", "sector", "target", "social-care", "reason", "Does not want the council to know"))
                .post("/persons/" + person + "/objections")
                .then().statusCode(201).extract().path("id");

        // the council sees its own place on the care team, nothing of the hospital or the community trust
        involvement(Staff.councilSocialWorker(), person).statusCode(200)
                .body("involved.organisation", everyItem(equalTo(Cast.COUNCIL)))
                .body("involved", hasSize(1))
                .body("activeServices", empty())
                .body("careCoordinator", nullValue());
        journey(Staff.councilSocialWorker(), person).statusCode(200)
                .body("involvement.involved.organisation", contains(Cast.COUNCIL))
                .body("involvement.activeServices", empty());
        // and the others do not see the council, as they do not see its entries
        involvement(Staff.hospitalNurse(), person).statusCode(200)
                .body("involved.organisation", not(hasItem(Cast.COUNCIL)))
                .body("activeServices.organisation", contains(Cast.COMMUNITY));

        // the council learns that its view is limited, not who asked for it or why
        given().auth().oauth2(Staff.councilSocialWorker()).get("/persons/" + person + "/objections")
                .then().statusCode(200)
                .body("id", contains(objection))
                .body("[0].target", equalTo("social-care"))
                .body("[0].reason", nullValue())
                .body("[0].recordedBy", nullValue())
                .body("[0].recordedByOrganisation", nullValue());
        given().auth().oauth2(Staff.communityNurse()).get("/persons/" + person + "/objections")
                .then().statusCode(200)
                .body("[0].reason", equalTo("Does not want the council to know"))
                .body("[0].recordedByOrganisation", equalTo(Cast.HOSPITAL));

        // the council cannot withdraw it, and is refused as a party with no relationship is
        String refusedOutsider = given().auth().oauth2(Staff.voluntaryBefriender())
                .post("/persons/" + person + "/objections/" + objection + "/withdraw")
                .then().statusCode(403).contentType("application/problem+json").extract().path("detail");
        given().auth().oauth2(Staff.councilSocialWorker()).post("/persons/" + person + "/objections/" + objection + "/withdraw")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo(refusedOutsider.replace(Cast.VOLUNTARY, Cast.COUNCIL)));
        involvement(Staff.councilSocialWorker(), person).statusCode(200).body("involved", hasSize(1));

        // a party it does not reach records the person's withdrawal, and the council sees everyone again
        given().auth().oauth2(Staff.communityNurse()).post("/persons/" + person + "/objections/" + objection + "/withdraw")
                .then().statusCode(200).body("withdrawnBy", equalTo("colin.reed"));
        involvement(Staff.councilSocialWorker(), person).statusCode(200)
                .body("involved.organisation", hasItems(Cast.HOSPITAL, Cast.COMMUNITY, Cast.COUNCIL));
    }
}
