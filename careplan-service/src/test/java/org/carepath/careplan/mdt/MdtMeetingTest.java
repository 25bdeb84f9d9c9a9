package org.carepath.careplan.mdt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** MDT meetings over HTTP: consent first, decisions landing on the plan, and who sees which case. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class MdtMeetingTest {

    private static final Map<String, Object> AMY = Map.of("userId", "amy.lee", "name", "Amy Lee",
            "organisation", Cast.HOSPITAL, "role", "discharge coordinator");

    @Test
    void aDecisionAtTheMeetingLandsOnThePersonsPlanOnceConsentIsRecorded() {
        String person = TestPeople.nhsNumber();
        String plan = CarePlans.create(person);
        CarePlans.addCouncil(plan).statusCode(200);
        String meeting = meeting(Staff.councilSocialWorker(), "Adult social care MDT", List.of(AMY))
                .statusCode(201)
                .body("organisation", equalTo(Cast.COUNCIL))
                .body("team", equalTo("adult-social-care"))
                .extract().path("id");

        String theCase = addCase(meeting, plan, Staff.councilSocialWorker())
                .statusCode(201).header("ETag", "\"0\"").body("nhsNumber", equalTo(person))
                .extract().path("id");
        addCase(meeting, plan, Staff.councilSocialWorker()).statusCode(409).contentType("application/problem+json");

        Map<String, Object> decision = Map.of("decision", "Six weeks of reablement at home, then review",
                "actions", List.of(Map.of("description", "Start reablement visits", "owner",
                        Map.of("organisation", Cast.COUNCIL, "team", "adult-social-care"), "dueDate", "2036-12-05")));
        decide(meeting, theCase, CarePlans.etag(plan), decision)
                .statusCode(422).contentType("application/problem+json")
                .body("type", containsString("consent-not-recorded"));
        discuss(meeting, theCase, "\"0\"", Map.of("consent", "not-needed"))
                .statusCode(422).body("type", containsString("reason-required"));
        discuss(meeting, theCase, "\"0\"", Map.of("consent", "given", "summary", "Keen to go home; daughter agrees"))
                .statusCode(200).header("ETag", "\"1\"").body("consent", equalTo("given"));
        discuss(meeting, theCase, "\"0\"", Map.of("consent", "given", "summary", "A second note from a stale copy"))
                .statusCode(412);
        decide(meeting, theCase, "\"9\"", decision).statusCode(412);

        String decisionId = decide(meeting, theCase, CarePlans.etag(plan), decision)
                .statusCode(200)
                .body("meetingId", equalTo(meeting))
                .body("caseId", equalTo(theCase))
                .body("organisation", equalTo(Cast.COUNCIL))
                .extract().path("id");

        CarePlans.get(plan, Staff.hospitalNurse()).statusCode(200)
                .body("actions[0].description", equalTo("Start reablement visits"))
                .body("actions[0].decisionId", equalTo(decisionId))
                .body("actions[0].owner.team", equalTo("adult-social-care"));
        given().auth().oauth2(Staff.hospitalCoordinator()).get("/mdt-meetings/" + meeting)
                .then().statusCode(200)
                .body("cases[0].discussion", equalTo("Keen to go home; daughter agrees"))
                .body("cases[0].decisions[0].decision", equalTo("Six weeks of reablement at home, then review"));
        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined", "careplan.action-assigned", "careplan.mdt-decision-recorded");
    }

    @Test
    void aPersonWhoDeclinedIsNotDiscussed() {
        String plan = CarePlans.create(TestPeople.nhsNumber());
        String meeting = meeting(Staff.hospitalCoordinator(), "Discharge MDT", List.of()).statusCode(201).extract().path("id");
        String theCase = addCase(meeting, plan, Staff.hospitalCoordinator()).statusCode(201).extract().path("id");

        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("consent", "declined", "summary", "Discussed anyway"))
                .put("/mdt-meetings/" + meeting + "/cases/" + theCase + "/discussion")
                .then().statusCode(422).body("type", containsString("consent-declined"));
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("consent", "declined", "consentNote", "Does not want the council told"))
                .put("/mdt-meetings/" + meeting + "/cases/" + theCase + "/discussion")
                .then().statusCode(200);
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(plan))
                .body(Map.of("decision", "x"))
                .post("/mdt-meetings/" + meeting + "/cases/" + theCase + "/decisions")
                .then().statusCode(422).body("type", containsString("consent-declined"));
    }

    @Test
    void aMeetingIsSeenByItsOwnAndAttendingOrganisationsAndEachSeesOnlyCasesOnItsCareTeams() {
        String plan = CarePlans.create(TestPeople.nhsNumber());
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", Cast.COMMUNITY, "team", "reablement", "role", "reablement"))
                .post("/care-plans/" + plan + "/members").then().statusCode(200);
        String meeting = meeting(Staff.communityCoordinator(), "Reablement MDT", List.of(Map.of("name", "Sam Patel",
                "organisation", Cast.COUNCIL, "role", "social worker")))
                .statusCode(201).extract().path("id");
        addCase(meeting, plan, Staff.communityCoordinator()).statusCode(201);

        given().auth().oauth2(Staff.communityCoordinator()).get("/mdt-meetings/" + meeting)
                .then().statusCode(200).body("cases", hasSize(1));
        given().auth().oauth2(Staff.councilSocialWorker()).get("/mdt-meetings/" + meeting)
                .then().statusCode(200).body("cases", hasSize(0)).body("attendees[0].name", equalTo("Sam Patel"));
        addCase(meeting, plan, Staff.councilSocialWorker()).statusCode(404);
        given().auth().oauth2(Staff.hospitalCoordinator()).get("/mdt-meetings/" + meeting)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Staff.outsider()).get("/mdt-meetings/" + meeting).then().statusCode(404);
        given().get("/mdt-meetings/" + meeting).then().statusCode(401);

        given().auth().oauth2(Staff.communityCoordinator()).queryParam("team", "reablement").get("/mdt-meetings")
                .then().statusCode(200).body("items.id", hasItem(meeting));
        given().auth().oauth2(Staff.councilSocialWorker()).get("/mdt-meetings")
                .then().statusCode(200).body("items.id", not(hasItem(meeting)));
    }

    private static ValidatableResponse meeting(String token, String title, List<Map<String, Object>> attendees) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", title, "heldAt", "2026-11-24T10:00:00Z", "attendees", attendees))
                .post("/mdt-meetings").then();
    }

    private static ValidatableResponse addCase(String meeting, String plan, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("carePlanId", plan))
                .post("/mdt-meetings/" + meeting + "/cases").then();
    }

    private static ValidatableResponse discuss(String meeting, String theCase, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put("/mdt-meetings/" + meeting + "/cases/" + theCase + "/discussion").then();
    }

    private static ValidatableResponse decide(String meeting, String theCase, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).post("/mdt-meetings/" + meeting + "/cases/" + theCase + "/decisions").then();
    }
}
