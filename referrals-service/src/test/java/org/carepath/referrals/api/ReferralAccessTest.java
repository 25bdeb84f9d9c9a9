package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Who may read and do what, with tokens carrying real organisation, team and role claims. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralAccessTest {

    private static String receivedReferral() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);
        return id;
    }

    @Test
    void bothOrganisationsReadTheReferralAndAThirdCannotTellItExists() {
        String id = receivedReferral();
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Staff.communityClerk()).get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Staff.councilTriager()).get("/referrals/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aThirdOrganisationCannotActOnItEvenAsTriager() {
        String id = receivedReferral();
        given().auth().oauth2(Staff.councilTriager()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{}").post("/referrals/" + id + "/accept")
                .then().statusCode(404);
    }

    @Test
    void onlyATriagerOfTheReceivingOrganisationDecides() {
        String id = receivedReferral();
        Referrals.act(id, "accept", Staff.hospitalReferrer(), null).statusCode(403)
                .contentType("application/problem+json");
        Referrals.act(id, "accept", Staff.communityClerk(), null).statusCode(403);
        Referrals.act(id, "accept", Staff.communityCoordinator(), null).statusCode(403);
        Referrals.triage(id, Staff.communityCoordinator(), "low").statusCode(403);
        Referrals.act(id, "accept", Staff.communityTriager(), null).statusCode(200);
    }

    @Test
    void onlyTheReferringOrganisationCancels() {
        String id = receivedReferral();
        Referrals.act(id, "cancel", Staff.communityTriager(), "We want to").statusCode(403);
        Referrals.act(id, "cancel", Staff.hospitalClerk(), "No role").statusCode(403);
        Referrals.act(id, "cancel", Staff.hospitalReferrer(), "Family will care for her").statusCode(200);
    }

    @Test
    void onlyReferrersSubmit() {
        given().auth().oauth2(Staff.hospitalClerk()).contentType(ContentType.JSON)
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()))
                .post("/referrals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsOnlyEverHoldWhatTheCallerMayRead() {
        receivedReferral();
        List<Map<String, String>> councils = given().auth().oauth2(Staff.councilTriager()).get("/referrals?size=100")
                .then().statusCode(200).extract().path("items");
        councils.forEach(item -> assertTrue("LA1".equals(item.get("referringOrganisation"))
                || "LA1".equals(item.get("targetOrganisation")), item.toString()));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals?size=100")
                .then().statusCode(200)
                .body("items.referringOrganisation", hasItem("RX1"));
        given().auth().oauth2(Staff.councilTriager()).get("/triage/worklist?size=100")
                .then().statusCode(200)
                .body("items.targetOrganisation", everyItem(equalTo("LA1")));
    }

    /** The list is read side by side (sent, received, redirected on its behalf): every page newest first, each referral once. */
    @Test
    void anOrganisationsListPagesNewestFirstWithEachReferralOnce() {
        for (int i = 0; i < 3; i++) {
            receivedReferral();
        }
        Set<String> seen = new HashSet<>();
        Instant previous = null;
        long total = -1;
        for (int page = 0; total < 0 || (long) page * 4 < total; page++) {
            JsonPath listed = given().auth().oauth2(Staff.communityTriager()).queryParam("page", page).queryParam("size", 4)
                    .get("/referrals").then().statusCode(200).extract().jsonPath();
            total = listed.getLong("total");
            for (Map<String, String> item : listed.<Map<String, String>>getList("items")) {
                assertTrue(seen.add(item.get("id")), "listed twice: " + item);
                assertTrue("RY1".equals(item.get("referringOrganisation")) || "RY1".equals(item.get("targetOrganisation")),
                        item.toString());
                Instant submitted = Instant.parse(item.get("submittedAt"));
                assertTrue(previous == null || !submitted.isAfter(previous), "newest first: " + submitted + " after " + previous);
                previous = submitted;
            }
        }
        assertTrue(total >= 3, "the community trust received at least the three referrals: " + total);
        assertEquals(total, seen.size(), "every page walked, each referral once");
    }

    @Test
    void anUnknownCodeInAQueryIsA400NamingTheCodes() {
        given().auth().oauth2(Staff.communityTriager()).queryParam("priority", "soon").get("/triage/worklist")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("emergency"));
        given().auth().oauth2(Staff.communityTriager()).queryParam("status", "in-progress").get("/referrals")
                .then().statusCode(200);
    }

    @Test
    void theWorklistIsForTriagers() {
        given().auth().oauth2(Staff.communityClerk()).get("/triage/worklist").then().statusCode(403);
    }

    @Test
    void withoutATokenEverythingIs401() {
        given().get("/referrals").then().statusCode(401).contentType("application/problem+json");
        given().get("/directory/services").then().statusCode(401);
        given().get("/triage/worklist").then().statusCode(401);
    }
}
