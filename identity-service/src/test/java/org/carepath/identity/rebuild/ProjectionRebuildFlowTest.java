package org.carepath.identity.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.identity.Staff;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ProjectionRebuildFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void rebuildingFromTheTopicsGivesTheSameTimelineAndPanel() {
        Directory.publishSectors();
        String person = TestPeople.nhsNumber();
        UUID plan = UUID.randomUUID();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T13:00:00Z")));
        TestEvents.publish(CarePlans.draftFromReferral(person, plan, Instant.parse("2026-11-20T13:00:01Z")));
        TestEvents.publish(CarePlans.councilJoins(person, plan, UUID.randomUUID(), Instant.parse("2026-11-21T10:00:00Z")));
        TestEvents.publish(CarePlans.amyCoordinates(person, plan, Instant.parse("2026-11-21T10:30:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(5))
                .body("entries[3].sector", equalTo("social-care")));
        Map<String, Object> before = journey(Staff.hospitalNurse(), person).extract().jsonPath().getMap("$");

        given().auth().oauth2(Staff.hospitalNurse()).post(Rebuilds.PATH).then().statusCode(403);
        Rebuilds.start().statusCode(202)
                .header("Location", containsString(Rebuilds.PATH))
                .body("state", equalTo("running"))
                .body("startedBy", equalTo("ops.bot"))
                .body("startedAt", notNullValue());
        var switched = Rebuilds.awaitSwitch(PATIENCE);

        assertTrue(switched.getLong("read") > 4, "read " + switched.getLong("read"));
        assertEquals(switched.getLong("read"), switched.getLong("applied") + switched.getLong("failed"));
        Map<String, Object> after = journey(Staff.hospitalNurse(), person).statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(before.get("entries"), after.get("entries"));
        assertEquals(before.get("involvement"), after.get("involvement"));
        assertEquals(5, ((List<?>) after.get("entries")).size());

        // the live consumer goes on into the switched tables, and does not apply the rebuilt events again
        TestEvents.publish(CarePlans.councilLeaves(person, plan, UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(6)));
    }
}
