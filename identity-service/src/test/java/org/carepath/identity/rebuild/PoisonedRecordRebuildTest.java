package org.carepath.identity.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.identity.Staff;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class PoisonedRecordRebuildTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aRecordThatFailsHoldsTheSwitchUntilItsFailureIsAccepted() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(submitted);
        String poisonId = Rebuilds.POISON_PREFIX + UUID.randomUUID();
        publishPoisoned(CarePlans.draftFromReferral(person, UUID.randomUUID(), Instant.parse("2026-11-20T10:00:00Z")),
                poisonId);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(1)));

        Rebuilds.start().statusCode(202);
        JsonPath waiting = Rebuilds.awaitState(PATIENCE, "awaiting-decision");
        List<Map<String, Object>> failures = waiting.getList("failures");
        var ours = failures.stream().filter(failure -> poisonId.equals(failure.get("eventId"))).toList();
        assertEquals(1, ours.size(), "failures " + failures);
        assertEquals(Topics.CAREPLANS, ours.get(0).get("topic"));
        assertTrue(((Number) ours.get(0).get("offset")).longValue() >= 0);
        assertTrue(String.valueOf(ours.get(0).get("reason")).contains("does not match"), "reason " + ours.get(0));
        assertEquals(failures.size(), waiting.getInt("failed"));
        // the live projections serve reads meanwhile, and the job stays where it is until someone decides
        journey(Staff.hospitalNurse(), person).statusCode(200).body("total", equalTo(1));
        Rebuilds.start().statusCode(409).contentType(containsString("application/problem+json"));
        assertEquals("awaiting-decision", Rebuilds.status().getString("state"));

        Rebuilds.acceptFailures().statusCode(200);
        JsonPath switched = Rebuilds.awaitState(PATIENCE, "switched");
        assertEquals(waiting.getInt("failed"), switched.getInt("failed"));
        journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(1))
                .body("entries[0].eventId", equalTo(submitted.id()));
    }

    @Test
    void oneRebuildAtATimeAndWrongStatesAreRefused() {
        String person = TestPeople.nhsNumber();
        publishPoisoned(CarePlans.draftFromReferral(person, UUID.randomUUID(), Instant.parse("2026-11-20T10:00:00Z")),
                Rebuilds.POISON_PREFIX + UUID.randomUUID());
        given().auth().oauth2(Staff.hospitalNurse()).get(Rebuilds.PATH).then().statusCode(403);

        Rebuilds.start().statusCode(202);
        Rebuilds.awaitState(PATIENCE, "awaiting-decision");
        Rebuilds.start().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("already"));
        Rebuilds.abandon().statusCode(202);
        JsonPath abandoned = Rebuilds.awaitState(PATIENCE, "abandoned");
        assertTrue(abandoned.getString("finishedAt") != null);
        Rebuilds.abandon().statusCode(409).contentType(containsString("application/problem+json"));
        Rebuilds.acceptFailures().statusCode(409).contentType(containsString("application/problem+json"));

        JsonPath switched = Rebuilds.runToSwitch(PATIENCE);
        assertTrue(switched.getLong("applied") > 0);
        Rebuilds.acceptFailures().statusCode(409);
        Rebuilds.abandon().statusCode(409);
    }

    // A catalogued type whose data is not the record's shape: no retry can apply it.
    private static void publishPoisoned(CloudEvent<CareEvent> valid, String id) {
        var json = (ObjectNode) TestEvents.read(TestEvents.json(valid));
        json.put("id", id);
        json.putArray("data").add(1);
        TestKafka.get().send(Topics.CAREPLANS, valid.subject(), json.toString(),
                CloudEvent.CONTENT_TYPE_HEADER, CloudEvent.STRUCTURED_CONTENT_TYPE, CloudEvent.TYPE_HEADER, valid.type());
    }
}
