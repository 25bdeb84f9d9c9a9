package org.carepath.discharge;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.carepath.events.Topics;
import org.carepath.testkit.TestEvents;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Episodes for tests, admitted and changed over HTTP. */
public final class Episodes {

    private Episodes() {
    }

    /** Admits the person to the token's hospital; returns the episode id. */
    public static String admit(String token, String nhsNumber, String admittedAt, String method) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", nhsNumber, "ward", "ward-7", "bed", "B1", "admittedAt", admittedAt,
                        "admissionMethod", method))
                .post("/episodes")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse get(String id, String token) {
        return given().auth().oauth2(token).get("/episodes/" + id).then();
    }

    public static String etag(String id, String token) {
        return get(id, token).statusCode(200).extract().header("ETag");
    }

    /** A change with the ETag the episode has now. */
    public static ValidatableResponse post(String id, String path, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id, token))
                .body(body).post("/episodes/" + id + path).then();
    }

    public static ValidatableResponse put(String id, String path, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id, token))
                .body(body).put("/episodes/" + id + path).then();
    }

    /** Waits until exactly these events are told about the person, in this order, each true to its JSON Schema. */
    public static void awaitEvents(String person, String... types) {
        TestEvents.awaitTypes(Topics.DISCHARGES, person, types);
    }
}
