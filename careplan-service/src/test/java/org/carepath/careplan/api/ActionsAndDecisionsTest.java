package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.platform.api.Limits;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Holistic content and the diff between versions; actions with owners; decisions between MDT meetings. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ActionsAndDecisionsTest {

    private static final Map<String, Object> SOCIAL_CARE = Map.of("organisation", Cast.COUNCIL, "team", "adult-social-care");

    @Test
    void holisticContentReadsBackAndTheDiffSaysWhatChangedBetweenVersions() {
        String id = CarePlans.create(TestPeople.nhsNumber());
        CarePlans.get(id, Staff.hospitalNurse()).statusCode(200)
                .body("needs.domain", contains("personal-care-and-daily-living", "mobility-and-falls"))
                .body("goals[1].needs", contains("mobility-and-falls"))
                .body("carers[0].relationship", equalTo("daughter"))
                .body("carers[0].involved", equalTo(true))
                .body("involvement.agreedOn", equalTo("2026-11-20"));

        revise(id, "\"1\"", Map.of(
                "summary", "Home after a fall; needs help with washing and dressing",
                "needs", List.of(
                        Map.of("domain", "personal-care-and-daily-living", "description", "Help to wash and dress each morning"),
                        Map.of("domain", "mobility-and-falls", "description", "Walks with a frame indoors"),
                        Map.of("domain", "social-contact-and-loneliness", "description", "Sees no one on weekends")),
                "goals", List.of(Map.of("text", "To see my sister on Sundays", "needs", List.of("social-contact-and-loneliness"))),
                "reviewDate", "2036-12-01"))
                .statusCode(200).header("ETag", "\"2\"");

        given().auth().oauth2(Staff.hospitalNurse()).queryParam("from", 1).queryParam("to", 2)
                .get("/care-plans/" + id + "/diff")
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("differences.path", contains("needs[mobility-and-falls].description",
                        "needs[social-contact-and-loneliness]", "goals[To be back in my own kitchen]",
                        "goals[To walk to the corner shop]", "goals[To see my sister on Sundays]", "carers",
                        "involvement"))
                .body("differences.kind", contains("changed", "added", "removed", "removed", "added", "removed", "removed"))
                .body("differences[0].before", equalTo("Two falls this year; unsteady on stairs"))
                .body("differences[0].after", equalTo("Walks with a frame indoors"));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("from", 1).queryParam("to", 9)
                .get("/care-plans/" + id + "/diff")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badContentIsRefusedWithWhatIsWrongAndChangesNothing() {
        String id = CarePlans.create(TestPeople.nhsNumber());

        revise(id, "\"1\"", Map.of("needs", List.of(Map.of("domain", "housing", "description", "Stairs to the flat")),
                "goals", List.of(Map.of("text", "To pay my bills", "needs", List.of("finances-and-benefits")))))
                .statusCode(422).contentType("application/problem+json")
                .body("type", containsString("goal-without-need"))
                .body("recordedNeeds", contains("housing"));
        revise(id, "\"1\"", Map.of("needs", List.of(Map.of("domain", "astrology"))))
                .statusCode(400).contentType("application/problem+json");
        revise(id, "\"1\"", Map.of("needs", List.of(Map.of("domain", "housing"), Map.of("domain", "housing"))))
                .statusCode(422).body("type", containsString("need-recorded-twice"));
        revise(id, "\"1\"", Map.of("carers", List.of(Map.of("relationship", "son"))))
                .statusCode(400).contentType("application/problem+json");

        CarePlans.get(id, Staff.hospitalNurse()).statusCode(200).header("ETag", "\"1\"").body("needs", hasSize(2));
    }

    @Test
    void anActionsOwnerMustBeOnTheCareTeamAndTheActionMovesToDone() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);

        CarePlans.addAction(id, "Fit grab rails in the bathroom", Cast.COUNCIL, "adult-social-care", "2036-12-10")
                .statusCode(422).contentType("application/problem+json")
                .body("type", containsString("not-on-care-team"))
                .body("organisation", equalTo(Cast.COUNCIL));
        CarePlans.addCouncil(id).statusCode(200);
        String action = CarePlans.addAction(id, "Fit grab rails in the bathroom", Cast.COUNCIL, "adult-social-care",
                        "2036-12-10")
                .statusCode(200)
                .body("actions[0].status", equalTo("planned"))
                .body("actions[0].owner.organisation", equalTo(Cast.COUNCIL))
                .body("actions[0].needsDomain", equalTo("mobility-and-falls"))
                .body("actions[0].dueDate", equalTo("2036-12-10"))
                .extract().path("actions[0].id");

        move(id, action, "start", Staff.councilSocialWorker(), CarePlans.etag(id), Map.of())
                .statusCode(200).body("actions[0].status", equalTo("in-progress"));
        move(id, action, "cancel", Staff.councilSocialWorker(), CarePlans.etag(id), Map.of())
                .statusCode(422).contentType("application/problem+json").body("type", containsString("reason-required"));
        move(id, action, "complete", Staff.councilSocialWorker(), null, Map.of()).statusCode(428);
        move(id, action, "complete", Staff.councilSocialWorker(), "\"1\"", Map.of()).statusCode(412);
        move(id, action, "complete", Staff.councilSocialWorker(), CarePlans.etag(id), Map.of())
                .statusCode(200)
                .body("actions[0].status", equalTo("done"))
                .body("actions[0].closedAt", notNullValue());
        move(id, action, "cancel", Staff.councilSocialWorker(), CarePlans.etag(id), Map.of("reason", "no longer needed"))
                .statusCode(409).body("currentStatus", equalTo("done"));

        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined", "careplan.action-assigned", "careplan.versioned",
                "careplan.action-completed");
    }

    /** A version's change line quotes the client's text: an action and a reason at their maxima are kept, not a 500. */
    @Test
    void anActionCancelledWithTextAtItsMaximaIsVersionedInFull() {
        String id = CarePlans.create(TestPeople.nhsNumber());
        CarePlans.addCouncil(id).statusCode(200);
        String description = "d".repeat(Limits.REASON);
        String action = CarePlans.addAction(id, description, Cast.COUNCIL, "adult-social-care", "2036-12-10")
                .statusCode(200).extract().path("actions[0].id");

        move(id, action, "cancel", Staff.councilSocialWorker(), CarePlans.etag(id), Map.of("reason", "r".repeat(Limits.REASON)))
                .statusCode(200)
                .body("actions[0].status", equalTo("cancelled"));
    }

    @Test
    void theCoordinatorRecordsADecisionBetweenMeetingsAndItsActionsLandOnThePlan() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);
        CarePlans.addCouncil(id).statusCode(200);
        Map<String, Object> decision = Map.of("decision", "Assess for a package of care before discharge",
                "actions", List.of(Map.of("description", "Care Act assessment", "owner", SOCIAL_CARE, "dueDate", "2036-11-30")));

        decide(id, Staff.hospitalNurse(), CarePlans.etag(id), decision).statusCode(403).contentType("application/problem+json");
        decide(id, Staff.councilManager(), CarePlans.etag(id), decision).statusCode(403);
        String decisionId = decide(id, Staff.hospitalCoordinator(), CarePlans.etag(id), decision)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("meetingId", nullValue())
                .body("organisation", equalTo(Cast.HOSPITAL))
                .body("team", equalTo("discharge"))
                .body("actionIds", hasSize(1))
                .extract().path("id");

        CarePlans.get(id, Staff.councilSocialWorker()).statusCode(200)
                .body("actions[0].description", equalTo("Care Act assessment"))
                .body("actions[0].decisionId", equalTo(decisionId));
        given().auth().oauth2(Staff.councilSocialWorker()).get("/care-plans/" + id + "/decisions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].decision", equalTo("Assess for a package of care before discharge"))
                .body("items[0].decidedBy", equalTo("amy.lee"));
        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined", "careplan.action-assigned", "careplan.mdt-decision-recorded");
    }

    @Test
    void staffWithNoPlaceOnTheCareTeamCannotReachItsActionsDecisionsOrVersions() {
        String id = CarePlans.create(TestPeople.nhsNumber());
        String etag = CarePlans.etag(id);

        given().auth().oauth2(Staff.outsider()).queryParam("from", 1).queryParam("to", 1)
                .get("/care-plans/" + id + "/diff").then().statusCode(404);
        given().auth().oauth2(Staff.outsider()).get("/care-plans/" + id + "/decisions").then().statusCode(404);
        given().auth().oauth2(Staff.outsider()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("actions", List.of(Map.of("description", "x", "owner", Map.of("organisation", Cast.OTHER_COUNCIL)))))
                .post("/care-plans/" + id + "/actions").then().statusCode(404).contentType("application/problem+json");
        decide(id, Staff.outsider(), etag, Map.of("decision", "x")).statusCode(404);
        given().contentType(ContentType.JSON).get("/care-plans/" + id + "/decisions").then().statusCode(401);
        CarePlans.get(id, Staff.hospitalNurse()).statusCode(200).header("ETag", etag);
    }

    private static ValidatableResponse revise(String id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put("/care-plans/" + id).then();
    }

    private static ValidatableResponse move(String id, String action, String move, String token, String ifMatch,
            Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(body).post("/care-plans/" + id + "/actions/" + action + "/" + move).then();
    }

    private static ValidatableResponse decide(String id, String token, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).post("/care-plans/" + id + "/decisions").then();
    }
}
