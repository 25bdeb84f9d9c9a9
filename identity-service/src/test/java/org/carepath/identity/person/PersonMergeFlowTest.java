package org.carepath.identity.person;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.carepath.events.Topics;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class PersonMergeFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theRetiredRecordsJourneyIdentifiersAndLookupFollowTheSurvivor() {
        String survivor = TestPeople.nhsNumber();
        String retired = TestPeople.nhsNumber();
        PersonIndexResourceTest.register(survivor, "Joan");
        var referral = Referrals.hospitalToCommunity(retired, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(referral);
        PersonIndexResourceTest.linkMrn(retired, "MRN" + retired, 200);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), retired).statusCode(200));
        journey(Staff.hospitalNurse(), survivor).statusCode(403);

        given().auth().oauth2(Staff.hospitalAdmin()).contentType(ContentType.JSON)
                .body(Map.of("retiredNhsNumber", retired, "reason", "Registered twice at admission"))
                .post("/persons/" + survivor + "/merge")
                .then().statusCode(200)
                .body("nhsNumber", equalTo(survivor))
                .body("mergedNhsNumbers", contains(retired));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), survivor).statusCode(200)
                .body("nhsNumber", equalTo(survivor))
                .body("entries.eventId", hasItem(referral.id()))
                .body("entries.type", hasItem("identity.person-merged")));
        journey(Staff.communityNurse(), retired).statusCode(200).body("nhsNumber", equalTo(survivor));
        given().auth().oauth2(Staff.hospitalNurse()).get("/persons/" + retired)
                .then().statusCode(200).body("nhsNumber", equalTo(survivor)).body("givenName", equalTo("Joan"));
        given().auth().oauth2(Staff.hospitalNurse())
                .queryParam("kind", "hospital-mrn").queryParam("value", "MRN" + retired)
                .queryParam("assigningOrganisation", Cast.HOSPITAL)
                .get("/persons")
                .then().statusCode(200).body("nhsNumber", equalTo(survivor));
        var merged = TestKafka.get().records(Topics.IDENTITY).stream()
                .filter(record -> survivor.equals(record.key()))
                .map(record -> TestEvents.read(record.value()))
                .filter(event -> "identity.person-merged".equals(event.get("type").asText()))
                .toList();
        assertTrue(merged.size() == 1 && retired.equals(merged.get(0).get("data").get("retiredNhsNumber").asText()),
                "one identity.person-merged event naming the retired record: " + merged);
    }

    @Test
    void aRetiredRecordCannotBeMergedAgainAndOnlyAdminsOrManagersMerge() {
        String survivor = TestPeople.nhsNumber();
        String retired = TestPeople.nhsNumber();
        PersonIndexResourceTest.register(survivor, "Joan");
        PersonIndexResourceTest.register(retired, "Joan");
        var merge = Map.of("retiredNhsNumber", retired, "reason", "Same person");
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON).body(merge)
                .post("/persons/" + survivor + "/merge").then().statusCode(403);
        given().auth().oauth2(Staff.hospitalManager()).contentType(ContentType.JSON).body(merge)
                .post("/persons/" + survivor + "/merge").then().statusCode(200);
        given().auth().oauth2(Staff.hospitalManager()).contentType(ContentType.JSON).body(merge)
                .post("/persons/" + survivor + "/merge").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Staff.hospitalManager()).contentType(ContentType.JSON)
                .body(Map.of("retiredNhsNumber", survivor, "reason", "Same person"))
                .post("/persons/" + survivor + "/merge").then().statusCode(400);
    }
}
