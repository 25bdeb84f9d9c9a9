package org.carepath.identity.access;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepath.identity.Staff;
import org.carepath.identity.TestClock;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Directory;
import org.carepath.identity.messaging.Referrals;
import org.carepath.platform.security.Roles;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every cell of the access matrix, endpoint × role × organisation × relationship × objection, against one
 * statement of the rules (the oracle below), rather than a handful of hand-picked cases: who is answered,
 * what an objection leaves them, that a refusal tells nothing (an unknown person is refused the same way),
 * and that every read of a person's record, refused or not, leaves exactly one audit row with its outcome.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class AccessMatrixFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant AT = TestClock.START.minus(Duration.ofHours(6));
    private static final List<String> ORGANISATIONS = List.of(Cast.HOSPITAL, Cast.COMMUNITY, Cast.COUNCIL, Cast.VOLUNTARY);
    private static final Map<String, String> SECTORS = Map.of(Cast.HOSPITAL, "acute", Cast.COMMUNITY, "community",
            Cast.COUNCIL, "social-care", Cast.VOLUNTARY, "voluntary");
    private static final List<String> ROLES = List.of(Roles.REFERRER, Roles.ADMIN, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN);
    private static final List<String> ENDPOINTS = List.of("journey", "involvement", "objections", "audit");
    private static final Set<String> AUDITORS = Set.of(Roles.ADMIN, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN);

    /** What the person's record holds, and who has a legitimate relationship with them. */
    private record Scenario(String name, String nhsNumber, Set<String> involved, String controller, Objection objection) {
    }

    /** A standing objection: to a sector or to one organisation. */
    private record Objection(String scope, String target) {

        boolean reaches(String organisation) {
            return "organisation".equals(scope) ? target.equals(organisation) : target.equals(SECTORS.get(organisation));
        }
    }

    private static final List<Scenario> SCENARIOS = new ArrayList<>();

    // once per class, but over HTTP, so after the application has started (a static @BeforeAll runs before)
    @BeforeEach
    void people() {
        if (!SCENARIOS.isEmpty()) {
            return;
        }
        Directory.publishSectors();
        SCENARIOS.add(referredAndOnACareTeam("referred, no objection", null));
        SCENARIOS.add(referredAndOnACareTeam("referred, objects to social care", new Objection("sector", "social-care")));
        SCENARIOS.add(referredAndOnACareTeam("referred, objects to RY1", new Objection("organisation", Cast.COMMUNITY)));
        SCENARIOS.add(referredThenRejected());
        SCENARIOS.add(heldByTheHospitalOnly());
    }

    @Test
    void everyCellOfTheMatrixFollowsTheRules() throws SQLException {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Scenario scenario : SCENARIOS) {
            for (String organisation : ORGANISATIONS) {
                for (String role : ROLES) {
                    for (String endpoint : ENDPOINTS) {
                        cells++;
                        String cell = scenario.name() + " | " + organisation + " " + role + " | " + endpoint;
                        check(scenario, organisation, role, endpoint, cell, wrong);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " findings over " + cells + " cells, the first:\n"
                + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        assertEquals(SCENARIOS.size() * ORGANISATIONS.size() * ROLES.size() * ENDPOINTS.size(), cells);
    }

    @Test
    void aRefusalIsTheSameForAPersonWhoIsNotKnownAtAll() {
        String unknown = TestPeople.nhsNumber();
        Scenario known = SCENARIOS.get(0);
        for (String endpoint : ENDPOINTS) {
            String token = token(Cast.VOLUNTARY, endpoint.equals("audit") ? Roles.MANAGER : Roles.REFERRER);
            Response refusedKnown = read(token, endpoint, known.nhsNumber());
            Response refusedUnknown = read(token, endpoint, unknown);
            assertEquals(403, refusedKnown.statusCode(), endpoint);
            assertEquals(refusedKnown.statusCode(), refusedUnknown.statusCode(), endpoint + ": same status");
            assertEquals(refusedKnown.jsonPath().getString("detail"), refusedUnknown.jsonPath().getString("detail"),
                    endpoint + ": same words");
            assertEquals(refusedKnown.jsonPath().getString("type"), refusedUnknown.jsonPath().getString("type"));
        }
    }

    private void check(Scenario scenario, String organisation, String role, String endpoint, String cell,
            List<String> wrong) throws SQLException {
        boolean mayRead = scenario.involved().contains(organisation)
                || (Roles.ADMIN.equals(role) && organisation.equals(scenario.controller()));
        boolean roleAllows = !endpoint.equals("audit") || AUDITORS.contains(role);
        int expected = roleAllows && mayRead ? 200 : 403;

        long auditBefore = auditRows(scenario.nhsNumber());
        Response response = read(token(organisation, role), endpoint, scenario.nhsNumber());
        long audited = auditRows(scenario.nhsNumber()) - auditBefore;

        if (response.statusCode() != expected) {
            wrong.add(cell + ": " + response.statusCode() + ", expected " + expected);
            return;
        }
        if (expected == 403 && !response.contentType().startsWith("application/problem+json")) {
            wrong.add(cell + ": a refusal without a problem+json body");
        }
        // a read the role already rules out never reaches the record; every other one is audited once
        long expectedAudit = roleAllows ? 1 : 0;
        if (audited != expectedAudit) {
            wrong.add(cell + ": " + audited + " audit rows, expected " + expectedAudit);
        }
        if (roleAllows && !lastOutcome(scenario.nhsNumber()).equals(expected == 200 ? "permitted" : "refused")) {
            wrong.add(cell + ": audit outcome " + lastOutcome(scenario.nhsNumber()));
        }
        if (expected == 200 && scenario.objection() != null) {
            checkObjection(scenario.objection(), organisation, endpoint, response.jsonPath(), cell, wrong);
        }
    }

    /** What a standing objection leaves each reader: the one it reaches sees only its own; the others never see that one. */
    private static void checkObjection(Objection objection, String organisation, String endpoint, JsonPath body,
            String cell, List<String> wrong) {
        boolean reached = objection.reaches(organisation);
        List<String> shown = switch (endpoint) {
            case "journey" -> concat(body.getList("entries.organisation", String.class),
                    body.getList("involvement.involved.organisation", String.class));
            case "involvement" -> body.getList("involved.organisation", String.class);
            default -> List.of();
        };
        for (String other : shown) {
            if (other == null) {
                continue;
            }
            if (reached && !other.equals(organisation)) {
                wrong.add(cell + ": the objected-to reader is shown " + other);
            }
            if (!reached && objection.reaches(other)) {
                wrong.add(cell + ": shown " + other + ", which the person objects to");
            }
        }
        if (endpoint.equals("objections")) {
            List<Object> reasons = body.getList("reason");
            boolean hidden = reasons.stream().allMatch(reason -> reason == null);
            if (reached != hidden) {
                wrong.add(cell + ": objection reasons " + (hidden ? "hidden from" : "shown to") + " this reader");
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first == null ? List.of() : first);
        all.addAll(second == null ? List.of() : second);
        return all;
    }

    /** RX1 referred the person to RY1, which accepted and put LA1 on the person's care team. */
    private static Scenario referredAndOnACareTeam(String name, Objection objection) {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, AT);
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.acceptedByReablement(submitted, AT.plusSeconds(60)));
        UUID plan = UUID.randomUUID();
        TestEvents.publish(CarePlans.draftFromReferral(person, plan, AT.plusSeconds(120)));
        TestEvents.publish(CarePlans.councilJoins(person, plan, UUID.randomUUID(), AT.plusSeconds(180)));
        awaitInvolved(Staff.councilSocialWorker(), person);
        awaitInvolved(Staff.hospitalNurse(), person);
        if (objection != null) {
            given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                    .body(Map.of("scope", objection.scope(), "target", objection.target(), "reason", "The person's wish"))
                    .post("/persons/" + person + "/objections")
                    .then().statusCode(201);
        }
        return new Scenario(name, person, Set.of(Cast.HOSPITAL, Cast.COMMUNITY, Cast.COUNCIL), null, objection);
    }

    /** A referral the receiving side rejected: nobody is involved any more. */
    private static Scenario referredThenRejected() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, AT);
        TestEvents.publish(submitted);
        TestEvents.publish(Referrals.rejectedByReablement(submitted, AT.plusSeconds(60)));
        await().atMost(PATIENCE).untilAsserted(() -> read(Staff.hospitalNurse(), "journey", person).then().statusCode(403));
        return new Scenario("referral rejected", person, Set.of(), null, null);
    }

    /** Only a hospital number: RX1's records officer is the data controller, nobody has a relationship. */
    private static Scenario heldByTheHospitalOnly() {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", "AM" + person, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + person + "/identifiers").then().statusCode(200);
        return new Scenario("held by the hospital only", person, Set.of(), Cast.HOSPITAL, null);
    }

    private static void awaitInvolved(String token, String person) {
        await().atMost(PATIENCE).untilAsserted(() -> read(token, "involvement", person).then().statusCode(200));
    }

    private static Response read(String token, String endpoint, String nhsNumber) {
        String path = switch (endpoint) {
            case "audit" -> "/audit/persons/" + nhsNumber;
            default -> "/persons/" + nhsNumber + "/" + endpoint;
        };
        return given().auth().oauth2(token).get(path);
    }

    private static String token(String organisation, String role) {
        return TestTokens.staff(role + "." + organisation.toLowerCase(), organisation).name("Matrix " + role)
                .teams("matrix").roles(role).token();
    }

    private static long auditRows(String nhsNumber) throws SQLException {
        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.prepareStatement("select count(*) from access_audit where nhs_number = ?")) {
            statement.setString(1, nhsNumber);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String lastOutcome(String nhsNumber) throws SQLException {
        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.prepareStatement(
                        "select outcome from access_audit where nhs_number = ? order by accessed_at desc, id limit 1")) {
            statement.setString(1, nhsNumber);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), "an audit row for " + nhsNumber);
                return result.getString(1);
            }
        }
    }
}
