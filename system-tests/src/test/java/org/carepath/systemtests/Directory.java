package org.carepath.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.carepath.testkit.TestTokens;

import io.restassured.http.ContentType;

/** The directory entries the system tests refer to, created over referrals-service's API as an administrator would. */
public final class Directory {

    private Directory() {
    }

    /** The community trust's home reablement service (RY1, team reablement); returns its id. */
    public static String addReablement(String referralsUrl) {
        return addReablement(referralsUrl, TestTokens.staff("dee.admin", "RY1").roles("admin").token());
    }

    /** As {@link #addReablement(String)}, as the administrator whose token is given (a real Keycloak's, say). */
    public static String addReablement(String referralsUrl, String admin) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Northfield Community Health NHS Trust", "sector", "community"))
                .put(referralsUrl + "/directory/organisations/RY1")
                .then().statusCode(200);
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Home reablement", "team", "reablement",
                        "responseTargets", Map.of("urgent", "PT24H")))
                .post(referralsUrl + "/directory/services")
                .then().statusCode(201)
                .extract().path("id");
    }
}
