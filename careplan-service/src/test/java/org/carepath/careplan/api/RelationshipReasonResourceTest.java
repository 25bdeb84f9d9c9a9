package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.events.Topics;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Starting a plan for a person the organisation has not taken on through a referral it accepted is what
 * involves it with them: it must say why, and the reason goes out on careplan.created.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RelationshipReasonResourceTest {

    @Test
    void aPlanForAPersonTheOrganisationHasNoReferralForNeedsARelationshipReason() {
        String person = TestPeople.nhsNumber();
        for (Object missing : new Object[] { null, "  " }) {
            Map<String, Object> plan = new HashMap<>(CarePlans.afterAFall(person));
            plan.put("relationshipReason", missing);
            create(Staff.hospitalCoordinator(), plan).statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("relationshipReason"));
        }
        given().auth().oauth2(Staff.hospitalCoordinator()).queryParam("nhsNumber", person).get("/care-plans")
                .then().statusCode(200).body("total", equalTo(0));

        create(Staff.hospitalCoordinator(), CarePlans.afterAFall(person)).statusCode(201);
        assertEquals("Known to the hospital's frailty team; no referral to us yet",
                created(person).get(0).get("data").get("relationshipReason").asText());
    }

    @Test
    void aTeamThatAcceptedAReferralForThePersonStartsAPlanWithoutOne() {
        String person = TestPeople.nhsNumber();
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralAccepted(UUID.randomUUID(), person,
                        new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement"), UUID.randomUUID(),
                        "Home reablement", Cast.COMMUNITY, "reablement", Cast.HOSPITAL, Instant.now())));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Staff.communityCoordinator())
                .queryParam("nhsNumber", person).get("/care-plans").then().statusCode(200).body("total", equalTo(1)));

        Map<String, Object> plan = new HashMap<>(CarePlans.afterAFall(person));
        plan.remove("relationshipReason");
        create(Staff.communityCoordinator(), plan).statusCode(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(2, created(person).size()));
        assertTrue(created(person).stream().allMatch(event -> event.get("data").get("relationshipReason").isNull()));
    }

    private static io.restassured.response.ValidatableResponse create(String token, Map<String, Object> plan) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(plan).post("/care-plans").then();
    }

    private static List<JsonNode> created(String person) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestKafka.get().records(Topics.CAREPLANS).stream()
                .filter(record -> person.equals(record.key()))
                .map(record -> TestEvents.read(record.value()))
                .filter(event -> "careplan.created".equals(event.get("type").asText()))
                .toList(), events -> !events.isEmpty());
    }
}
