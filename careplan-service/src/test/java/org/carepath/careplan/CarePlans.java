package org.carepath.careplan;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.carepath.events.Topics;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Care plans for tests, created and changed over HTTP. */
public final class CarePlans {

    private CarePlans() {
    }

    /** A plan for a person going home after a fall, with the daughter who cares for her. */
    public static Map<String, Object> afterAFall(String nhsNumber) {
        return Map.of("nhsNumber", nhsNumber,
                "summary", "Home after a fall; needs help with washing and dressing",
                "needs", List.of(
                        Map.of("domain", "personal-care-and-daily-living", "description", "Help to wash and dress each morning"),
                        Map.of("domain", "mobility-and-falls", "description", "Two falls this year; unsteady on stairs")),
                "goals", List.of(
                        Map.of("text", "To be back in my own kitchen", "needs", List.of("personal-care-and-daily-living")),
                        Map.of("text", "To walk to the corner shop", "needs", List.of("mobility-and-falls"))),
                "carers", List.of(Map.of("name", "Jo Smith", "relationship", "daughter", "involved", true,
                        "needs", "Works full time; cannot help on weekday mornings")),
                "involvement", Map.of("agreedBy", "the person", "agreedOn", "2026-11-20"),
                "reviewDate", "2036-12-01",
                "relationshipReason", "Known to the hospital's frailty team; no referral to us yet");
    }

    /** Goals as a client sends them: the person's words, linked to no need. */
    public static List<Map<String, Object>> goals(List<String> texts) {
        return texts.stream().map(text -> Map.<String, Object>of("text", text)).toList();
    }

    /** Creates the plan as the hospital coordinator; returns its id. */
    public static String create(String nhsNumber) {
        return given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body(afterAFall(nhsNumber))
                .post("/care-plans")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse get(String id, String token) {
        return given().auth().oauth2(token).get("/care-plans/" + id).then();
    }

    public static String etag(String id) {
        return get(id, Staff.hospitalCoordinator()).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse act(String id, String action, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of()).post("/care-plans/" + id + "/" + action).then();
    }

    public static ValidatableResponse revise(String id, String token, String ifMatch, String summary, List<String> goals) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(Map.of("summary", summary, "goals", goals(goals), "reviewDate", "2037-01-15"))
                .put("/care-plans/" + id).then();
    }

    public static ValidatableResponse addCouncil(String id) {
        return given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", Cast.COUNCIL, "team", "adult-social-care", "role", "social care assessment"))
                .post("/care-plans/" + id + "/members").then();
    }

    /** Puts one action owned by a team on the plan, as the hospital coordinator. */
    public static ValidatableResponse addAction(String id, String description, String organisation, String team,
            String dueDate) {
        return given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .body(Map.of("actions", List.of(Map.of("description", description, "needsDomain", "mobility-and-falls",
                        "owner", Map.of("organisation", organisation, "team", team), "dueDate", dueDate))))
                .post("/care-plans/" + id + "/actions").then();
    }

    /** The types of the events told about the person on care.careplans.v1, in the order told. */
    public static List<String> eventTypes(String person) {
        return TestEvents.types(Topics.CAREPLANS, person);
    }

    /** Waits until exactly these events are told about the person, in this order, each true to its JSON Schema. */
    public static void awaitEvents(String person, String... types) {
        TestEvents.awaitTypes(Topics.CAREPLANS, person, types);
    }
}
