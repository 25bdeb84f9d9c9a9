package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.carepath.platform.security.Roles;
import org.carepath.referrals.Directory;
import org.carepath.referrals.referral.ReferralStatus;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.RiskGrade;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The worklist is read team by team from an index and merged: every page must hold exactly what one
 * sort of the whole worklist would put there. An organisation of its own holds a mixed worklist (grades,
 * priorities, shared due dates, teams, statuses) written straight into the table, and each page is
 * compared with that sort done here.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class TriageWorklistResourceTest {

    private static final String[] TEAMS = {null, "", "intake-a", "intake-b", "intake-c"};
    private static final ReferralStatus[] STATUSES = {ReferralStatus.REQUESTED, ReferralStatus.RECEIVED,
            ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED};
    /** Few due dates, so many referrals share grade, priority and due date and only the id orders them. */
    private static final Instant[] DUE = {Instant.parse("2031-03-02T09:00:00Z"), Instant.parse("2031-03-02T09:00:00Z"),
            Instant.parse("2031-03-01T17:00:00Z"), Instant.parse("2031-03-04T12:30:00Z"), null};
    private static final Comparator<Row> WORKLIST_ORDER = Comparator.comparingInt(Row::gradeRank)
            .thenComparingInt(Row::priorityRank)
            .thenComparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            // PostgreSQL orders uuids byte by byte, as their lowercase text sorts
            .thenComparing(row -> row.id().toString());

    private final List<Row> rows = new ArrayList<>();
    private String organisation;

    record Row(UUID id, String team, ReferralStatus status, Priority priority, RiskGrade grade, Instant dueAt) {

        int gradeRank() {
            return grade == null ? 0 : grade.ordinal() + 1;
        }

        int priorityRank() {
            return switch (priority) {
                case EMERGENCY -> 0;
                case URGENT -> 1;
                case ROUTINE -> 2;
            };
        }
    }

    @BeforeEach
    void aBusyOrganisation() throws SQLException {
        organisation = "W" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String service = Directory.reablement();
        Random random = new Random(17);
        try (Connection db = TestPostgres.get().connect(CarePathTestResource.DATABASE)) {
            for (int i = 0; i < 150; i++) {
                RiskGrade[] grades = RiskGrade.values();
                int grade = random.nextInt(grades.length + 1);
                Row row = new Row(UUID.randomUUID(), TEAMS[random.nextInt(TEAMS.length)], STATUSES[random.nextInt(STATUSES.length)],
                        Priority.values()[random.nextInt(Priority.values().length)], grade == grades.length ? null : grades[grade],
                        DUE[random.nextInt(DUE.length)]);
                insert(db, row, organisation, service);
                rows.add(row);
            }
            // the same team's name at another organisation is another team
            insert(db, new Row(UUID.randomUUID(), "intake-a", ReferralStatus.REQUESTED, Priority.EMERGENCY, null, DUE[0]),
                    "X" + organisation.substring(1), service);
        }
    }

    @Test
    void everyPageHoldsWhatOneSortOfTheTeamsWaitingReferralsPutsThere() {
        List<String> expected = expected(row -> (row.team() == null || row.team().equals("intake-a")
                || row.team().equals("intake-b")) && row.status().awaitsResponse());
        String triager = triager("intake-a", "intake-b");

        assertTrue(expected.size() > 40, "enough referrals for several pages: " + expected.size());
        assertEquals(expected, allPages(triager, Map.of(), 7));
        assertEquals(expected.subList(7, 14), page(triager, Map.of(), 1, 7).getList("items.id"));
    }

    @Test
    void statusesAndPriorityNarrowTheWorklistWithoutChangingItsOrder() {
        List<String> expected = expected(row -> (row.team() == null || row.team().equals("intake-b"))
                && (row.status() == ReferralStatus.ACCEPTED || row.status() == ReferralStatus.RECEIVED)
                && row.priority() == Priority.URGENT);

        assertTrue(expected.size() > 5, "enough urgent referrals for two pages: " + expected.size());
        assertEquals(expected, allPages(triager("intake-b"),
                Map.of("status", List.of("accepted", "received"), "priority", "urgent"), 5));
    }

    @Test
    void aTriagerOfNoTeamSeesTheReferralsToNoTeam() {
        List<String> expected = expected(row -> (row.team() == null || row.team().isEmpty()) && row.status().awaitsResponse());

        assertTrue(expected.size() > 10, "more than a page: " + expected.size());
        assertEquals(expected, allPages(triager(), Map.of(), 10));
    }

    /** The worklist sorted here, as ids. */
    private List<String> expected(Predicate<Row> shown) {
        return rows.stream().filter(shown).sorted(WORKLIST_ORDER).map(row -> row.id().toString()).toList();
    }

    /** Every page in turn; each says the same total, which counts what the pages hold. */
    private static List<String> allPages(String token, Map<String, ?> query, int size) {
        List<String> ids = new ArrayList<>();
        long total = page(token, query, 0, size).getLong("total");
        for (int page = 0; (long) page * size < total; page++) {
            JsonPath found = page(token, query, page, size);
            assertEquals(total, found.getLong("total"), "the total stays the same from page to page");
            List<String> items = found.getList("items.id");
            assertEquals(Math.min(size, total - (long) page * size), items.size());
            ids.addAll(items);
        }
        return ids;
    }

    private static JsonPath page(String token, Map<String, ?> query, int page, int size) {
        return given().auth().oauth2(token).queryParams(query).queryParam("page", page).queryParam("size", size)
                .get("/triage/worklist")
                .then().statusCode(200).extract().jsonPath();
    }

    private String triager(String... teams) {
        return TestTokens.staff("wl.triager", organisation).teams(teams).roles(Roles.TRIAGER).token();
    }

    private static void insert(Connection db, Row row, String organisation, String service) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into referral (id, nhs_number, referring_organisation, referring_practitioner, target_organisation,
                    target_team, service_id, service_name, reason, status, priority, consent_basis, needs_domains,
                    local_identifiers, assessments, risk_grade, submitted_at, due_at, updated_at, version)
                values (?, ?, 'RX1', 'hana.ahmed', ?, ?, ?::uuid, 'Home reablement', 'Needs help at home', ?, ?,
                    'CONSENT_GIVEN', '[]', '[]', '[]', ?, timestamptz '2031-02-27 09:00Z', ?, timestamptz '2031-02-27 09:00Z', 1)""")) {
            insert.setObject(1, row.id());
            insert.setString(2, TestPeople.nhsNumber());
            insert.setString(3, organisation);
            insert.setString(4, row.team());
            insert.setString(5, service);
            insert.setString(6, row.status().name());
            insert.setString(7, row.priority().name());
            insert.setString(8, row.grade() == null ? null : row.grade().name());
            insert.setTimestamp(9, row.dueAt() == null ? null : Timestamp.from(row.dueAt()));
            insert.executeUpdate();
        }
    }
}
