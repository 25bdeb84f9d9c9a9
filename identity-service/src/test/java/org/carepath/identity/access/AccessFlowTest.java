package org.carepath.identity.access;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.involvement;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
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
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may read a person's journey, break-glass, and the audit of every read. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class AccessFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static String referredPerson() {
        String person = TestPeople.nhsNumber();
        TestEvents.publish(Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200));
        return person;
    }

    @Test
    void staffWithoutARelationshipAreRefusedAndStaffWithOneAreAllowed() {
        String person = referredPerson();
        journey(Staff.councilSocialWorker(), person).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("organisation LA1 has no current legitimate relationship"));
        involvement(Staff.councilSocialWorker(), person).statusCode(403);
        journey(Staff.communityNurse(), person).statusCode(200).body("basis", equalTo("relationship"));
    }

    @Test
    void theDataControllersAdminSeesTheJourneyOfAPersonItHoldsARecordOf() {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", "DC" + person, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + person + "/identifiers").then().statusCode(200);
        journey(Staff.hospitalNurse(), person).statusCode(403);
        journey(Staff.hospitalAdmin(), person).statusCode(200).body("basis", equalTo("data-controller"));
    }

    @Test
    void breakingTheGlassNeedsARoleAndAReasonAndIsRecordedAuditedAndPublished() {
        String person = referredPerson();
        given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Found at home, confused"))
                .post("/persons/" + person + "/break-glass")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Staff.councilCareCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/persons/" + person + "/break-glass")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(Staff.councilCareCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Found at home, confused; safeguarding concern"))
                .post("/persons/" + person + "/break-glass")
                .then().statusCode(201)
                .body("role", equalTo("care-coordinator"))
                .body("expiresAt", org.hamcrest.Matchers.notNullValue());
        journey(Staff.councilCareCoordinator(), person).statusCode(200).body("basis", equalTo("break-glass"));

        given().auth().oauth2(Staff.hospitalManager()).get("/audit/persons/" + person)
                .then().statusCode(200)
                .body("items.findAll { it.userId == 'amy.lee' }.basis", hasItem("break-glass"))
                .body("items.findAll { it.userId == 'amy.lee' }.breakGlassReason",
                        hasItem("Found at home, confused; safeguarding concern"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            var used = TestKafka.get().records(Topics.IDENTITY).stream()
                    .filter(record -> person.equals(record.key()))
                    .map(record -> TestEvents.read(record.value()))
                    .filter(event -> "identity.break-glass-used".equals(event.get("type").asText()))
                    .toList();
            assertEquals(1, used.size());
            assertEquals("amy.lee", used.get(0).get("data").get("by").get("userId").asText());
        });
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.type", hasItem("identity.break-glass-used")));
    }

    @Test
    void everyReadIsAuditedWithWhoWhereWhatAndOnWhatBasis() {
        String person = referredPerson();
        journey(Staff.communityNurse(), person).statusCode(200);
        involvement(Staff.communityNurse(), person).statusCode(200);
        given().auth().oauth2(Staff.communityNurse()).get("/persons/" + person).then().statusCode(200);
        given().auth().oauth2(Staff.communityNurse()).get("/persons/" + person + "/objections").then().statusCode(200);

        given().auth().oauth2(Staff.hospitalManager()).get("/audit/persons/" + person)
                .then().statusCode(200)
                .body("items.findAll { it.userId == 'colin.reed' }.what",
                        hasItems("journey", "involvement", "person-record", "sharing-preferences"))
                .body("items.findAll { it.userId == 'colin.reed' }.organisation", everyItem(equalTo(Cast.COMMUNITY)))
                .body("items.findAll { it.userId == 'colin.reed' }.basis", everyItem(equalTo("relationship")))
                .body("items.findAll { it.userId == 'hana.ahmed' }.what", hasItem("journey"));
        given().auth().oauth2(Staff.hospitalManager()).get("/audit/users/hana.ahmed")
                .then().statusCode(200)
                .body("items.nhsNumber", hasItem(person))
                .body("items.organisation", everyItem(equalTo(Cast.HOSPITAL)));
    }

    @Test
    void theAuditIsForManagersAndAdminsOfAnInvolvedOrganisationAndCannotBeChanged() throws SQLException {
        String person = referredPerson();
        given().auth().oauth2(Staff.hospitalNurse()).get("/audit/persons/" + person).then().statusCode(403);
        given().auth().oauth2(Staff.councilManager()).get("/audit/persons/" + person).then().statusCode(403);
        given().auth().oauth2(Staff.hospitalManager()).delete("/audit/persons/" + person).then().statusCode(405);

        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.createStatement()) {
            var refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update access_audit set basis = 'relationship' where nhs_number = '" + person + "'"));
            assertEquals(true, refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from access_audit where nhs_number = '" + person + "'"));
        }
    }
}
