package org.carepath.discharge.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An episode over HTTP from admission to discharge, with the events it tells; the rules on who may do what. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class EpisodeResourceTest {

    private static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void anEpisodeFromAdmissionThroughDelaysToDischargeAndBack() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, "2026-11-01T09:00:00Z", "emergency");

        Episodes.put(id, "/clinical-criteria", Staff.wardNurse(), Map.of("criteria", "Off oxygen; walking 10 m with a frame"))
                .statusCode(200).body("clinicalCriteria", equalTo("Off oxygen; walking 10 m with a frame"));
        Episodes.put(id, "/expected-discharge-date", Staff.wardNurse(), Map.of("date", "2036-11-27", "reason", "first review"))
                .statusCode(200);
        Episodes.put(id, "/expected-discharge-date", Staff.wardNurse(), Map.of("date", "2036-11-30", "reason", "awaiting scan"))
                .statusCode(200)
                .body("eddChanges.to", contains("2036-11-27", "2036-11-30"))
                .body("eddChanges[1].from", equalTo("2036-11-27"))
                .body("eddChanges[1].reason", equalTo("awaiting scan"));
        Episodes.post(id, "/transfer", Staff.wardNurse(), Map.of("ward", "ward-9", "bed", "C3",
                        "at", "2026-11-02T14:00:00Z"))
                .statusCode(200).body("ward", equalTo("ward-9")).body("wardStays", hasSize(2));

        Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "E", "sector", "social-care"))
                .statusCode(422).contentType("application/problem+json").body("type", containsString("criteria-to-reside-met"));
        Episodes.post(id, "/criteria-to-reside", Staff.wardNurse(),
                        Map.of("meetsCriteria", false, "at", "2026-11-05T10:00:00Z"))
                .statusCode(200).body("noCriteriaToReside", equalTo(true));
        Episodes.post(id, "/delays", Staff.wardNurse(), Map.of("code", "E", "sector", "social-care")).statusCode(403);
        Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "Z9", "sector", "social-care"))
                .statusCode(422).body("type", containsString("unknown-delay-code")).body("codes", hasSize(11));
        String delay = Episodes.post(id, "/delays", Staff.dischargeCoordinator(),
                        Map.of("code", "A", "sector", "social-care", "start", "2026-11-06T09:00:00Z",
                                "notes", "Care Act assessment"))
                .statusCode(200)
                .body("delays[0].reason", equalTo("Completion of assessment"))
                .extract().path("delays[0].id");
        Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "E", "sector", "social-care",
                        "start", "2026-11-08T09:00:00Z"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", containsString("overlapping-delay"))
                .body("overlappingDelay", equalTo(delay));
        Episodes.post(id, "/delays/" + delay + "/end", Staff.dischargeCoordinator(), Map.of("end", "2026-11-08T09:00:00Z"))
                .statusCode(200);
        Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "E", "sector", "social-care",
                        "start", "2026-11-08T09:00:00Z"))
                .statusCode(200).body("delays", hasSize(2));
        Episodes.put(id, "/pathway", Staff.dischargeCoordinator(), Map.of("pathway", 1)).statusCode(200).body("plannedPathway", equalTo(1));
        Episodes.put(id, "/pathway", Staff.dischargeCoordinator(), Map.of("pathway", 4)).statusCode(400);
        Episodes.put(id, "/milestones/transport-booked", Staff.wardNurse(), Map.of("status", "in-progress",
                        "ownerOrganisation", "RX1", "ownerTeam", "transport", "dueDate", "2036-11-29"))
                .statusCode(200).body("milestones[0].milestone", equalTo("transport-booked"));
        Episodes.put(id, "/milestones/teleport-ready", Staff.wardNurse(), Map.of("status", "done")).statusCode(400);

        Episodes.post(id, "/discharge", Staff.wardNurse(), Map.of("pathway", 1)).statusCode(403);
        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("at", "2026-11-10T12:00:00Z", "pathway", 1,
                        "destination", "usual place of residence"))
                .statusCode(200)
                .body("status", equalTo("discharged"))
                .body("actualPathway", equalTo(1))
                .body("delayedDays", equalTo(5))
                .body("delays[1].end", notNullValue());
        Episodes.post(id, "/cancel-discharge", Staff.dischargeCoordinator(), Map.of("reason", "Transport did not come"))
                .statusCode(200)
                .body("status", equalTo("admitted"))
                .body("dischargedAt", nullValue())
                .body("delays[1].end", nullValue())
                .body("undone[0].what", equalTo("discharge"))
                .body("undone[0].reason", equalTo("Transport did not come"));

        Episodes.awaitEvents(person, "discharge.admitted", "discharge.edd-changed", "discharge.edd-changed",
                "discharge.transferred", "discharge.no-criteria-to-reside", "discharge.delay-started",
                "discharge.delay-ended", "discharge.delay-started", "discharge.pathway-set", "discharge.milestone-updated",
                "discharge.delay-ended", "discharge.pathway-set", "discharge.discharged", "discharge.cancelled");
    }

    @Test
    void delayedDaysAreLondonCalendarDaysAcrossClockChangesAndMonthEnds() {
        assertDelayedDays("2026-03-28T23:30:00Z", "2026-03-29T23:30:00Z", 2); // 24 hours over the spring change: 28th to 30th
        assertDelayedDays("2026-10-24T23:00:00Z", "2026-10-25T23:59:00Z", 0); // 25 hours, all on Sunday 25 October
        assertDelayedDays("2026-01-31T12:00:00Z", "2026-02-01T08:00:00Z", 1); // over a month end
        assertDelayedDays("2026-11-20T23:30:00Z", "2026-11-21T00:30:00Z", 1); // an hour over midnight
    }

    private static void assertDelayedDays(String noCriteriaSince, String dischargedAt, int days) {
        String id = Episodes.admit(Staff.dischargeCoordinator(), TestPeople.nhsNumber(), "2026-01-02T09:00:00Z", "emergency");
        Episodes.post(id, "/criteria-to-reside", Staff.wardNurse(), Map.of("meetsCriteria", false, "at", noCriteriaSince))
                .statusCode(200);
        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("at", dischargedAt, "pathway", 0))
                .statusCode(200).body("delayedDays", equalTo(days));
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        String id = Episodes.admit(Staff.wardNurse(), TestPeople.nhsNumber(), daysAgo(1), "elective");
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON)
                .body(Map.of("date", "2036-12-01")).put("/episodes/" + id + "/expected-discharge-date")
                .then().statusCode(428);
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("date", "2036-12-01")).put("/episodes/" + id + "/expected-discharge-date")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", "1234567890", "ward", "ward-7", "admittedAt", daysAgo(1), "admissionMethod", "elective"))
                .post("/episodes").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEmergencyAdmissionWithinThirtyDaysOfADischargeIsFlaggedAndNotAfterThirtyOne() {
        String person = TestPeople.nhsNumber();
        String first = Episodes.admit(Staff.dischargeCoordinator(), person, "2026-08-20T09:00:00Z", "emergency");
        Episodes.post(first, "/discharge", Staff.dischargeCoordinator(), Map.of("at", "2026-09-01T10:00:00Z", "pathway", 0))
                .statusCode(200);
        String second = Episodes.admit(Staff.dischargeCoordinator(), person, "2026-10-01T09:00:00Z", "emergency");
        Episodes.get(second, Staff.dischargeCoordinator()).statusCode(200).body("readmissionOf", equalTo(first));
        Episodes.post(second, "/discharge", Staff.dischargeCoordinator(), Map.of("at", "2026-10-05T10:00:00Z")).statusCode(200);
        String third = Episodes.admit(Staff.dischargeCoordinator(), person, "2026-11-05T09:00:00Z", "emergency");
        Episodes.get(third, Staff.dischargeCoordinator()).statusCode(200).body("readmissionOf", nullValue());

        Episodes.awaitEvents(person, "discharge.admitted", "discharge.pathway-set", "discharge.discharged",
                "discharge.admitted", "discharge.readmitted", "discharge.discharged", "discharge.admitted");
    }

    @Test
    void onlyTheHospitalAndOrganisationsWithAnAcceptedReferralSeeTheEpisode() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, daysAgo(1), "emergency");

        Episodes.get(id, Staff.communityCoordinator()).statusCode(404).contentType("application/problem+json");
        Episodes.get(id, Staff.outsider()).statusCode(404);
        given().auth().oauth2(Staff.outsider()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Staff.outsider()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("reason", "x")).post("/episodes/" + id + "/cancel-admission").then().statusCode(404);
        given().get("/episodes/" + id).then().statusCode(401);
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", person, "ward", "ward-8", "admittedAt", daysAgo(1), "admissionMethod", "elective"))
                .post("/episodes").then().statusCode(409).body("type", containsString("already-admitted"));
    }

    @Test
    void delayCodesAreReferenceDataAndAnotherJurisdictionsSetCanBeLoaded() {
        given().auth().oauth2(Staff.wardNurse()).get("/delay-codes")
                .then().statusCode(200).body("code", contains("A", "B", "C", "D(i)", "D(ii)", "E", "F", "G", "H", "I", "J"));
        var scotland = List.of(Map.of("code", "9", "reason", "Complex delay"), Map.of("code", "11A", "reason",
                "Awaiting commencement of post-hospital social care assessment"));
        given().auth().oauth2(Staff.wardNurse()).contentType(ContentType.JSON).body(scotland).put("/delay-codes/scotland")
                .then().statusCode(403);
        given().auth().oauth2(Staff.admin()).contentType(ContentType.JSON).body(scotland).put("/delay-codes/scotland")
                .then().statusCode(200).body("code", contains("11A", "9"));
        given().auth().oauth2(Staff.wardNurse()).queryParam("codeSet", "scotland").get("/delay-codes")
                .then().statusCode(200).body("reason", hasItem("Complex delay"));
        given().auth().oauth2(Staff.admin()).contentType(ContentType.JSON).body(scotland).put("/delay-codes/england")
                .then().statusCode(409).contentType("application/problem+json");
    }
}
