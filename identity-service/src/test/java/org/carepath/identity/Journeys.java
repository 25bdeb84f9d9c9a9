package org.carepath.identity;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Reading journeys and involvement over HTTP as a given member of staff. */
public final class Journeys {

    private Journeys() {
    }

    public static ValidatableResponse journey(String token, String nhsNumber) {
        return given().auth().oauth2(token).get("/persons/" + nhsNumber + "/journey").then();
    }

    public static ValidatableResponse involvement(String token, String nhsNumber) {
        return given().auth().oauth2(token).get("/persons/" + nhsNumber + "/involvement").then();
    }
}
