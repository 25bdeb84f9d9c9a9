package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepath.events.Topics;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.EventContract;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DirectoryResourceTest {

    @Test
    void aRetiredServiceRefusesReferralsAndNamesItsSuccessor() {
        String retiring = Directory.reablement();
        String successor = Directory.councilFrontDoor();
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .header("If-Match", etag(retiring))
                .body(Map.of("effectiveFrom", LocalDate.now().minusDays(1).toString(), "successorServiceId", successor,
                        "reason", "Reablement is now run by the council's front door"))
                .post("/directory/services/" + retiring + "/retirement")
                .then().statusCode(200)
                .body("successorServiceId", equalTo(successor));

        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), retiring))
                .post("/referrals")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:service-retired"))
                .body("successorServiceId", equalTo(successor))
                .body("detail", containsString("council's front door"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("care-service.published", "care-service.retired"), directoryEventsOf(retiring)));
    }

    @Test
    void aServiceRetiringInTheFutureStillTakesReferralsUntilThen() {
        String service = Directory.reablement();
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .header("If-Match", etag(service))
                .body(Map.of("effectiveFrom", LocalDate.now().plusDays(30).toString(), "reason", "Contract ends"))
                .post("/directory/services/" + service + "/retirement")
                .then().statusCode(200);

        Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), service));
    }

    @Test
    void aServiceOnlyTakesThePrioritiesItHasATargetFor() {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), Directory.councilFrontDoor());
        body.put("priority", "emergency");
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(body)
                .post("/referrals")
                .then().statusCode(422)
                .body("type", equalTo("urn:carepath:problem:priority-not-offered"));
    }

    @Test
    void everyoneSignedInCanSearchByNameSectorAndArea() {
        String service = Directory.reablement();
        given().auth().oauth2(Staff.hospitalReferrer())
                .queryParam("name", "reablement").queryParam("sector", "community").queryParam("area", "northfield")
                .get("/directory/services?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(service))
                .body("items.organisation", everyItem(equalTo("RY1")));
        given().auth().oauth2(Staff.hospitalReferrer())
                .queryParam("sector", "social-care")
                .get("/directory/services?size=200")
                .then().statusCode(200)
                .body("items.id", not(hasItem(service)));
    }

    @Test
    void onlyAdministratorsChangeTheDirectory() {
        given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Rogue service", "responseTargets", Map.of("routine", "PT2H")))
                .post("/directory/services")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Rogue", "sector", "acute"))
                .put("/directory/organisations/ZZ9")
                .then().statusCode(403);
    }

    @Test
    void aResponseTargetMustBeHoursOrWorkingDays() {
        Directory.registerOrganisations();
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Vague service", "responseTargets", Map.of("routine", "soon")))
                .post("/directory/services")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("responseTargets"));
    }

    @Test
    void aResponseTargetLongerThanAYearIsA400NamingTheField() {
        Directory.registerOrganisations();
        for (String absurd : List.of("99999999999999 working days", "261 working days", "PT8761H")) {
            given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("organisation", "RY1", "name", "Slow service", "responseTargets", Map.of("routine", absurd)))
                    .post("/directory/services")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("responseTargets.routine"));
        }
    }

    @Test
    void aRetirementDecadesAwayIsA400() {
        String service = Directory.reablement();
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .header("If-Match", etag(service))
                .body(Map.of("effectiveFrom", "2199-01-01", "reason", "Some day"))
                .post("/directory/services/" + service + "/retirement")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("effectiveFrom"));
    }

    @Test
    void aServiceSaysWhatKindOfHelpItGivesAndPublishesIt() {
        Directory.registerOrganisations();
        String service = given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Home care " + UUID.randomUUID(), "category", "home-care",
                        "responseTargets", Map.of("routine", "5 working days")))
                .post("/directory/services")
                .then().statusCode(201)
                .body("category", equalTo("home-care"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(List.of("home-care"),
                TestKafka.get().records(Topics.DIRECTORY).stream()
                        .filter(record -> service.equals(record.key()))
                        .map(record -> TestEvents.read(record.value()).get("data").get("category").asText())
                        .toList()));
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Odd service", "category", "hairdressing",
                        "responseTargets", Map.of("routine", "5 working days")))
                .post("/directory/services")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void changingAServiceNeedsTheCurrentVersionAndIsPublished() {
        String service = Directory.reablement();
        var change = Map.of("organisation", "RY1", "name", "Home reablement (renamed)", "team", "reablement",
                "responseTargets", Map.of("urgent", "PT12H"));
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(change).put("/directory/services/" + service)
                .then().statusCode(412);
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON).header("If-Match", etag(service))
                .body(change).put("/directory/services/" + service)
                .then().statusCode(200)
                .body("name", equalTo("Home reablement (renamed)"))
                .body("responseTargets.urgent", equalTo("PT12H"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("care-service.published", "care-service.published"), directoryEventsOf(service)));
        TestKafka.get().records(Topics.DIRECTORY).stream()
                .filter(record -> service.equals(record.key()))
                .forEach(record -> assertEquals(Set.of(), EventContract.violations(record.value()), record.value()));
    }

    private static String etag(String service) {
        return given().auth().oauth2(Staff.directoryAdmin()).get("/directory/services/" + service)
                .then().statusCode(200).extract().header("ETag");
    }

    private static List<String> directoryEventsOf(String service) {
        return TestKafka.get().records(Topics.DIRECTORY).stream()
                .filter(record -> service.equals(record.key()))
                .map(record -> TestEvents.read(record.value()).get("type").asText())
                .toList();
    }
}
