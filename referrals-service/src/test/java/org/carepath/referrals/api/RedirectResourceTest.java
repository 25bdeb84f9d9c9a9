package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.carepath.platform.security.Roles;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A redirect on the referrer's behalf: who sees the onward referral, and the duplicate guard it passes. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RedirectResourceTest {

    @Test
    void theOriginalReferrerReadsAndListsTheOnwardReferralAndNobodyElseGainsSight() {
        String id = received(TestPeople.nhsNumber(), Directory.reablement());

        String onward = redirect(id, Directory.councilFrontDoor(), null).statusCode(200).extract().path("onwardReferral");

        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + onward)
                .then().statusCode(200)
                .body("redirectedFrom", equalTo(id))
                .body("targetOrganisation", equalTo(Cast.COUNCIL));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals?status=requested&size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(onward));
        String outsider = TestTokens.staff("pat.other", "RZ9").roles(Roles.REFERRER, Roles.TRIAGER).token();
        given().auth().oauth2(outsider).get("/referrals/" + onward).then().statusCode(404);
        // neither a stale nor a missing If-Match may tell an outsider the referral exists
        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .post("/referrals/" + onward + "/receive").then().statusCode(404);
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body(Map.of("reason", "Not needed"))
                .post("/referrals/" + onward + "/cancel").then().statusCode(404);
        given().auth().oauth2(outsider).get("/referrals?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(onward)));
    }

    @Test
    void aSecondRedirectOfThePersonToTheSameServiceIsShownTheOneTheRedirectingTeamCanSee() {
        String person = TestPeople.nhsNumber();
        String council = Directory.councilFrontDoor();
        String first = received(person, Directory.reablement());
        String second = received(person, Directory.reablement());
        String firstOnward = redirect(first, council, null).statusCode(200).extract().path("onwardReferral");

        redirect(second, council, null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:duplicate-referral"))
                .body("existingReferral", equalTo("/referrals/" + firstOnward));
        given().auth().oauth2(Staff.communityTriager()).get("/referrals/" + second)
                .then().body("status", equalTo("received"));

        redirect(second, council, "A separate need: housing adaptations").statusCode(200);
    }

    @Test
    void anOpenReferralTheRedirectingTeamCannotSeeIsToldToTheReceivingSideOnly() {
        String person = TestPeople.nhsNumber();
        String council = Directory.councilFrontDoor();
        String direct = Referrals.submit(Referrals.urgentFor(person, council));
        String id = received(person, Directory.reablement());

        String onward = redirect(id, council, null)
                .statusCode(200)
                .body("possibleDuplicateOf", nullValue())
                .extract().path("onwardReferral");

        given().auth().oauth2(Staff.councilTriager()).get("/referrals/" + onward)
                .then().statusCode(200).body("possibleDuplicateOf", equalTo(direct));
        given().auth().oauth2(Staff.communityTriager()).get("/referrals/" + onward)
                .then().statusCode(200).body("possibleDuplicateOf", nullValue());
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + onward)
                .then().statusCode(200).body("possibleDuplicateOf", nullValue());
    }

    /** Submitted by the hospital and received by the community triager. */
    private static String received(String person, String service) {
        String id = Referrals.submit(Referrals.urgentFor(person, service));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);
        return id;
    }

    private static ValidatableResponse redirect(String id, String service, String duplicateReason) {
        var body = new HashMap<String, Object>(Map.of("serviceId", service, "reason", "Needs a social care assessment"));
        if (duplicateReason != null) {
            body.put("duplicateReason", duplicateReason);
        }
        return given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON)
                .header("If-Match", Referrals.etag(id, Staff.communityTriager()))
                .body(body)
                .post("/referrals/" + id + "/redirect")
                .then();
    }
}
