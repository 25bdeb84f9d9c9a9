package org.carepath.careplan;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Care plans for tests, created and changed over HTTP. */
public final class CarePlans {

    private CarePlans() {
    }

    /** A plan for a person going home after a fall. */
    public static Map<String, Object> afterAFall(String nhsNumber) {
        return Map.of("nhsNumber", nhsNumber,
                "summary", "Home after a fall; needs help with washing and dressing",
                "goals", List.of("To be back in my own kitchen", "To walk to the corner shop"),
                "reviewDate", "2026-12-01");
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
        return request.body(Map.of("summary", summary, "goals", goals, "reviewDate", "2027-01-15"))
                .put("/care-plans/" + id).then();
    }

    public static ValidatableResponse addCouncil(String id) {
        return given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", Staff.COUNCIL, "team", "adult-social-care", "role", "social care assessment"))
                .post("/care-plans/" + id + "/members").then();
    }
}
