package org.carepath.careplan.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A poison event lands on careplan-service's dead-letter topic, is listed and inspected through the ops
 * API, and is replayed after the fix and applied once, or discarded with a reason; every action audited.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DeadLetterOpsFlowTest {

    private static final String GROUP = "careplan-service";
    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");
    // the database refuses this team's membership until the "fix" drops the trigger
    private static final String BROKEN_TEAM = "team-the-database-refuses";

    @Test
    void aDeadLetterReplayedAfterTheFixIsAppliedOnceAndASecondReplayChangesNothing() throws SQLException {
        String person = TestPeople.nhsNumber();
        String plan = CarePlans.create(person);
        CloudEvent<CareEvent> accepted = accepted(person, BROKEN_TEAM);
        sql("""
                create or replace function refuse_broken_team() returns trigger language plpgsql as $$
                begin
                  if new.team = '%s' then raise exception 'the team is refused'; end if;
                  return new;
                end $$""".formatted(BROKEN_TEAM));
        sql("create trigger refuse_broken_team before insert on care_team_member for each row execute function refuse_broken_team()");
        try {
            TestEvents.publish(accepted);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                    TestEvents.json(accepted), GROUP, "care-teams", accepted.id(), 4, "the team is refused"));
        } finally {
            sql("drop trigger refuse_broken_team on care_team_member");
        }

        String id = listed(accepted.id());
        inspect(id, ops()).statusCode(200)
                .body("state", equalTo("open"))
                .body("topic", equalTo(Topics.REFERRALS))
                .body("consumer", equalTo("care-teams"))
                .body("attempts", equalTo(4))
                .body("eventType", equalTo("referral.accepted"))
                .body("payload", nullValue());
        inspect(id, admin()).statusCode(200).body("payload", equalTo(TestEvents.json(accepted)));
        assertEquals(1, count("select count(*) from ops_audit where action = 'payload-read' and target = ? and nhs_number = ?",
                id, person));

        var first = post(id, "replay", ops()).statusCode(200)
                .body("state", equalTo("replayed"))
                .body("actedBy", equalTo("ops.engineer"))
                .extract().asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> CarePlans.get(plan, Staff.communityCoordinator())
                .statusCode(200).body("members.team", hasItem(BROKEN_TEAM)));
        String second = post(id, "replay", ops()).statusCode(200).extract().asString();

        assertEquals(first, second, "a second replay answers as the first");
        // on the topic twice (the original and the one replay), applied once
        assertEquals(2, TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> TestEvents.json(accepted).equals(record.value())).count());
        // the plan's own events, then the replayed acceptance's one member joining
        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined");
        assertEquals(1, count("select count(*) from care_team_member where team = ?", BROKEN_TEAM));
        assertEquals(1, count("select count(*) from ops_audit where action = 'dead-letter-replay' and target = ? and outcome = 'replayed'", id));
        assertEquals(1, count("select count(*) from ops_audit where action = 'dead-letter-replay' and target = ? and outcome = 'already-replayed'", id));
        post(id, "discard", ops(), Map.of("reason", "too late")).statusCode(409)
                .body("type", equalTo("urn:carepath:problem:dead-letter-settled"));
    }

    @Test
    void aDeadLetterNoFixCanHelpIsDiscardedWithAReasonOnceAndAudited() throws SQLException {
        String person = TestPeople.nhsNumber();
        String eventId = UUID.randomUUID().toString();
        String poison = """
                {"specversion": "1.0", "id": "%s", "source": "/carepath/referrals-service", "type": "referral.accepted",
                 "time": "2026-11-20T09:00:00Z", "subject": "%s", "data": 42}""".formatted(eventId, person);
        TestKafka.get().send(Topics.REFERRALS, person, poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                poison, GROUP, "care-teams", eventId, 1, "does not match its record"));
        String id = listed(eventId);

        var first = post(id, "discard", ops(), Map.of("reason", "a producer bug, fixed at source")).statusCode(200)
                .body("state", equalTo("discarded"))
                .body("actionReason", equalTo("a producer bug, fixed at source"))
                .extract().asString();
        String second = post(id, "discard", ops(), Map.of("reason", "again")).statusCode(200).extract().asString();

        assertEquals(first, second, "a second discard answers as the first; its reason stands");
        assertEquals(1, count("select count(*) from ops_audit where action = 'dead-letter-discard' and target = ?"
                + " and outcome = 'discarded' and reason = 'a producer bug, fixed at source' and user_id = 'ops.engineer'", id));
        post(id, "replay", ops()).statusCode(409);
        inspect(id, ops()).statusCode(200).body("state", equalTo("discarded"));
    }

    @Test
    void onlyOpsAndAdminSeeTheDeadLettersAndAnUnknownOneIsNotFound() {
        given().auth().oauth2(Staff.communityCoordinator()).get("/ops/dead-letters").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Staff.communityCoordinator()).post("/ops/dead-letters/x:0:0/replay").then().statusCode(403);
        inspect(Topics.deadLetter(Topics.REFERRALS, GROUP) + ":0:999999", ops()).statusCode(404)
                .contentType("application/problem+json");
        inspect("care.referrals.v1.identity-service.dlq:0:0", ops()).statusCode(404);
        inspect("not-an-id", ops()).statusCode(404);
    }

    /** The dead letter's id in the list, found by its event id. */
    private static String listed(String eventId) {
        return given().auth().oauth2(ops()).queryParam("size", 200).get("/ops/dead-letters")
                .then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }.state", equalTo("open"))
                .body("items.find { it.eventId == '" + eventId + "' }.payload", nullValue())
                .extract().path("items.find { it.eventId == '" + eventId + "' }.id");
    }

    private static ValidatableResponse inspect(String id, String token) {
        return given().auth().oauth2(token).get("/ops/dead-letters/" + id).then();
    }

    private static ValidatableResponse post(String id, String action, String token) {
        return given().auth().oauth2(token).post("/ops/dead-letters/" + id + "/" + action).then();
    }

    private static ValidatableResponse post(String id, String action, String token, Map<String, String> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/ops/dead-letters/" + id + "/" + action).then();
    }

    static String ops() {
        return Cast.opsEngineer().token();
    }

    static String admin() {
        return Cast.carepathAdmin().roles("admin").token();
    }

    private static CloudEvent<CareEvent> accepted(String person, String team) {
        return TestEvents.envelope("/carepath/referrals-service", person, Instant.now(), new ReferralAccepted(UUID.randomUUID(),
                person, TRIAGER, UUID.randomUUID(), "Home reablement", Cast.COMMUNITY, team, Cast.HOSPITAL, Instant.now()));
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(CarePathTestResource.DATABASE)) {
            connection.createStatement().execute(statement);
        }
    }

    private static long count(String query, String... parameters) throws SQLException {
        return TestPostgres.get().count(CarePathTestResource.DATABASE, query, parameters);
    }
}
