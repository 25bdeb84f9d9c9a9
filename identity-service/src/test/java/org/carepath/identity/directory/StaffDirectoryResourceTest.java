package org.carepath.identity.directory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.Practitioner;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class StaffDirectoryResourceTest {

    @Test
    void aCallerIsInTheDirectoryAsTheirTokenSaysAndFollowsItsChanges() {
        String moved = TestTokens.staff("dana.moves", Cast.COMMUNITY).name("Dana Moves").teams("district-nursing")
                .profession("nurse").token();
        given().auth().oauth2(moved).get("/practitioners/dana.moves")
                .then().statusCode(200)
                .body("name", equalTo("Dana Moves"))
                .body("organisation", equalTo(Cast.COMMUNITY))
                .body("teams", contains("district-nursing"))
                .body("profession", equalTo("nurse"));
        String afterMove = TestTokens.staff("dana.moves", Cast.COUNCIL).name("Dana Moves").teams("reablement", "adult-social-care")
                .profession("nurse").token();
        given().auth().oauth2(Staff.councilSocialWorker()).get("/practitioners/dana.moves").then().body("organisation", equalTo(Cast.COMMUNITY));
        given().auth().oauth2(afterMove).get("/practitioners/dana.moves")
                .then().statusCode(200)
                .body("organisation", equalTo(Cast.COUNCIL))
                .body("teams", contains("adult-social-care", "reablement"));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("organisation", Cast.COUNCIL).get("/practitioners")
                .then().statusCode(200).body("items.userId", hasItem("dana.moves"));
    }

    @Test
    void practitionersNamedInOtherServicesEventsJoinTheDirectory() {
        TestEvents.publish(Referrals.hospitalToCommunity(TestPeople.nhsNumber(), Instant.parse("2026-11-20T09:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Staff.councilSocialWorker())
                .get("/practitioners/hana.ahmed")
                .then().statusCode(200)
                .body("organisation", equalTo(Cast.HOSPITAL))
                .body("teams", hasItem("ward-7")));
    }

    @Test
    void practitionersSomeoneElseNamesInAnEventNeitherJoinNorChangeTheDirectory() {
        String owen = TestTokens.staff("owen.own", Cast.COUNCIL).name("Owen Own").teams("adult-social-care").token();
        given().auth().oauth2(owen).get("/practitioners/owen.own").then().statusCode(200);
        String person = TestPeople.nhsNumber();
        Instant at = Instant.parse("2026-11-21T09:30:00Z");
        // a coordinator handed over by another user, who typed both names, employers and teams
        var handover = TestEvents.envelope("/carepath/careplan-service", person, at, new CareCoordinatorAssigned(
                UUID.randomUUID(), person, new Practitioner("nobody.known", "Made Up", Cast.HOSPITAL, "ward-7"),
                new Practitioner("owen.own", "Renamed By Someone", Cast.COMMUNITY, "district-nursing"), "handover",
                new Practitioner("cara.lead", "Cara Lead", Cast.COMMUNITY, "spa"), at));
        TestEvents.publish(handover);

        // the one who acted is filed, as their token told the careplan service
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Staff.councilSocialWorker())
                .get("/practitioners/cara.lead")
                .then().statusCode(200).body("name", equalTo("Cara Lead")).body("teams", contains("spa")));
        given().auth().oauth2(Staff.councilSocialWorker()).get("/practitioners/owen.own")
                .then().statusCode(200)
                .body("name", equalTo("Owen Own"))
                .body("organisation", equalTo(Cast.COUNCIL))
                .body("teams", contains("adult-social-care"));
        given().auth().oauth2(Staff.councilSocialWorker()).get("/practitioners/nobody.known").then().statusCode(404);
    }

    @Test
    void registrationIsSetByThePractitionerOrTheirEmployersManagerWithTheCurrentVersion() {
        String token = TestTokens.staff("reg.nurse", Cast.HOSPITAL).name("Reg Nurse").teams("ward-7").profession("nurse").token();
        String etag = given().auth().oauth2(token).get("/practitioners/reg.nurse").then().statusCode(200).extract().header("ETag");
        var registration = Map.of("registrationBody", "NMC", "registrationNumber", "12A3456E");
        given().auth().oauth2(Staff.councilManager()).contentType(ContentType.JSON).body(registration).header("If-Match", etag)
                .put("/practitioners/reg.nurse/registration").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(registration)
                .put("/practitioners/reg.nurse/registration").then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(registration).header("If-Match", etag)
                .put("/practitioners/reg.nurse/registration")
                .then().statusCode(200)
                .body("registrationBody", equalTo("NMC"))
                .body("registrationNumber", equalTo("12A3456E"));
        String next = given().auth().oauth2(token).get("/practitioners/reg.nurse").then().extract().header("ETag");
        given().auth().oauth2(Staff.hospitalManager()).contentType(ContentType.JSON)
                .body(Map.of("profession", "nurse", "registrationBody", "NMC", "registrationNumber", "12A3456F"))
                .header("If-Match", next)
                .put("/practitioners/reg.nurse/registration")
                .then().statusCode(200).body("registrationNumber", equalTo("12A3456F"));
        given().auth().oauth2(Staff.hospitalNurse()).get("/practitioners/nobody.here").then().statusCode(404);
    }
}
