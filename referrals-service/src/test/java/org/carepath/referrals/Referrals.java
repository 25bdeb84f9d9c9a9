package org.carepath.referrals;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepath.platform.time.CareDay;
import org.carepath.testkit.Cast;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Referral requests and the calls that move a referral on, as a client would make them. */
public final class Referrals {

    private Referrals() {
    }

    /** An urgent referral for the person to the service, with a trusted assessment attached; a fresh body on every call. */
    public static Map<String, Object> urgentFor(String nhsNumber, String serviceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", Map.of("nhsNumber", nhsNumber, "name", "Joan Smith", "birthDate", "1941-03-02",
                "postcode", "NF1 2AB", "localIdentifiers",
                List.of(Map.of("system", "hospital-mrn", "organisation", Cast.HOSPITAL, "value", "MRN0042"))));
        body.put("serviceId", serviceId);
        body.put("reason", "Needs help with washing and dressing after a fall");
        body.put("needsDomains", List.of("personal-care-and-daily-living", "mobility-and-falls"));
        body.put("priority", "urgent");
        body.put("consentBasis", "consent-given");
        body.put("assessments", List.of(Map.of("reference", "RX1/OT/2291", "title", "OT functional assessment",
                "summary", "Independent with a frame; needs help with stairs", "organisation", Cast.HOSPITAL,
                "completedOn", LocalDate.now(CareDay.ZONE).minusDays(4).toString())));
        return body;
    }

    /** Submits as the hospital referrer and returns the new referral's id. */
    public static String submit(Map<String, Object> body) {
        return given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(body)
                .post("/referrals")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String etag(String id, String token) {
        return given().auth().oauth2(token).get("/referrals/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Takes the action with the current version in If-Match. */
    public static ValidatableResponse act(String id, String action, String token, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", etag(id, token))
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/referrals/" + id + "/" + action)
                .then();
    }

    public static ValidatableResponse triage(String id, String token, String riskGrade) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", etag(id, token))
                .body(Map.of("riskGrade", riskGrade, "notes", "Lives alone"))
                .post("/referrals/" + id + "/triage")
                .then();
    }
}
