package org.carepath.identity.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ProjectionRebuildFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PROJECTIONS = "('journey_entry', 'care_relationship', 'organisation_sector')";
    private static final String INDEXES = "select tablename || '.' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')"
            + " from pg_indexes where schemaname = 'public' and tablename in " + PROJECTIONS + " order by 1";
    private static final String CONSTRAINTS = "select conrelid::regclass || '.' || conname from pg_constraint"
            + " where conrelid::regclass::text in " + PROJECTIONS + " order by 1";

    @Test
    void rebuildingFromTheTopicsGivesTheSameTimelineAndPanel() throws SQLException {
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
        List<String> indexesBefore = names(INDEXES);
        List<String> constraintsBefore = names(CONSTRAINTS);

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
        // the swapped-in tables carry the live ones' index and constraint names, and the copies are gone
        assertEquals(indexesBefore, names(INDEXES));
        assertEquals(constraintsBefore, names(CONSTRAINTS));
        assertEquals(List.of(), names("select nspname from pg_namespace where nspname = 'rebuild'"));

        // the live consumer goes on into the switched tables, and does not apply the rebuilt events again
        TestEvents.publish(CarePlans.councilLeaves(person, plan, UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(6)));
    }

    @Test
    void redirectsAndSelfGrantedRelationshipsComeBackRowForRow() throws SQLException {
        String referred = TestPeople.nhsNumber();
        String planned = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(referred, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.receivedByReablement(submitted, Instant.parse("2026-11-20T10:00:00Z")));
        Referrals.redirectedToTheCouncil(submitted, Instant.parse("2026-11-20T11:00:00Z")).forEach(TestEvents::publish);
        CarePlans.startedByAmy(planned, UUID.randomUUID(), "Neighbour raised a safeguarding concern",
                Instant.parse("2026-11-21T09:00:00Z")).forEach(TestEvents::publish);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilSocialWorker(), referred).statusCode(200));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilCareCoordinator(), planned).statusCode(200));
        String rows = "select concat_ws('|', nhs_number, organisation, team, basis, subject_key, description, practitioner,"
                + " source_event_id, started_at, ended_at, origin_event_type, own_act, initiated_by, initiated_by_name,"
                + " stated_reason, lapses_at, confirmed_at) from care_relationship where nhs_number in ('" + referred
                + "', '" + planned + "') order by 1";
        List<String> before = names(rows);
        assertEquals(7, before.size(), String.join("\n", before));

        Rebuilds.runToSwitch(PATIENCE);

        assertEquals(before, names(rows));
    }

    private static List<String> names(String sql) throws SQLException {
        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            List<String> names = new ArrayList<>();
            while (result.next()) {
                names.add(result.getString(1));
            }
            return names;
        }
    }
}
