package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.platform.api.Limits;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A plan's texts and lists have their maxima, refused at the edge with the field named; a body over 1 MB is 413. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @Test
    void aSummaryAtItsMaximumIsTakenAndOneCharacterMoreIsRefused() {
        create(planWith("summary", "s".repeat(Limits.FREE_TEXT))).statusCode(201);

        assertRefused(create(planWith("summary", "s".repeat(Limits.FREE_TEXT + 1))), "summary");
    }

    @Test
    void aGoalInThePersonsWordsIsBoundedInsideTheList() {
        var goals = CarePlans.goals(List.of("g".repeat(Limits.SHORT_TEXT + 1)));
        assertRefused(create(planWith("goals", goals)), "goals[0].text");
    }

    @Test
    void moreGoalsThanAPlanHoldsAreRefused() {
        var goals = CarePlans.goals(Collections.nCopies(Limits.GOALS + 1, "To be back in my own kitchen"));
        assertRefused(create(planWith("goals", goals)), "goals");
    }

    @Test
    void aRelationshipReasonLongerThanAReasonIsRefused() {
        assertRefused(create(planWith("relationshipReason", "x".repeat(Limits.REASON + 1))), "relationshipReason");
    }

    @Test
    void aBodyOverOneMegabyteIs413ProblemJson() {
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON)
                .body("{\"summary\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/care-plans")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:body-too-large"));
    }

    private static Map<String, Object> planWith(String field, Object value) {
        Map<String, Object> plan = new HashMap<>(CarePlans.afterAFall(TestPeople.nhsNumber()));
        plan.put(field, value);
        return plan;
    }

    private static ValidatableResponse create(Map<String, Object> plan) {
        return given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).body(plan)
                .post("/care-plans").then();
    }

    private static void assertRefused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("violations.field", hasItem(field));
    }
}
