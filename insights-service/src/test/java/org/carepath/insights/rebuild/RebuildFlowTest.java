package org.carepath.insights.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.insights.Fixture.FROM;
import static org.carepath.insights.Fixture.TO;
import static org.carepath.insights.Insights.series;
import static org.carepath.insights.Insights.shown;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.carepath.events.Topics;
import org.carepath.insights.Fixture;
import org.carepath.insights.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A rebuild from the topics gives the same figures as the live facts, and reports what it could not apply. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RebuildFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aRebuildFromTheEarliestOffsetsGivesTheSameSeriesAndListsTheRecordItCouldNotApply() {
        Fixture.published();
        // a record no consumer can read: the live consumer dead-letters it, the rebuild must say so
        TestKafka.get().send(Topics.REFERRALS, "not-a-person", "this is not a CloudEvent");
        Map<String, Supplier<Map<String, String>>> figures = new LinkedHashMap<>();
        figures.put("received", () -> shown(series(Staff.reablementManager(), "referrals-received", FROM, TO, "locality")));
        figures.put("median", () -> shown(series(Staff.reablementManager(), "first-response-hours-median", FROM, TO, "team")));
        figures.put("caseload", () -> shown(series(Staff.reablementManager(), "open-caseload", FROM, TO, "team")));
        figures.put("bed-days", () -> shown(series(Staff.hospitalManager(), "delayed-bed-days", FROM, TO, "sector")));
        figures.put("discharges", () -> shown(series(Staff.hospitalManager(), "discharges", FROM, TO, "pathway")));
        figures.put("readmissions", () -> shown(series(Staff.hospitalManager(), "readmissions-30-days", FROM, TO, "organisation")));
        figures.put("overdue", () -> shown(series(Staff.councilManager(), "care-plan-actions-overdue", FROM, TO, "team")));
        // the last of the fixture's figures to be complete: two actions done on 18 Mar leave three
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("<5",
                figures.get("overdue").get().get("organisation adult-social-care 2025-03-20")));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("6",
                figures.get("discharges").get().get("region region 2025-03-12")));
        Map<String, Map<String, String>> live = new LinkedHashMap<>();
        figures.forEach((name, figure) -> live.put(name, figure.get()));

        // another test class may have started one (the bad-input suite posts here too): wait for it to end
        await().atMost(PATIENCE).until(() -> given().auth().oauth2(Staff.ops()).get("/ops/insights/rebuild")
                .then().extract().statusCode() == 404
                || !"running".equals(given().auth().oauth2(Staff.ops()).get("/ops/insights/rebuild").then().extract().path("state")));
        int generation = given().auth().oauth2(Staff.ops()).post("/ops/insights/rebuild")
                .then().statusCode(202).body("state", equalTo("running"))
                .extract().path("generation");
        given().auth().oauth2(Staff.ops()).post("/ops/insights/rebuild").then().statusCode(409);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.ops()).get("/ops/insights/rebuild")
                .then().statusCode(200)
                .body("state", equalTo("switched"))
                .body("generation", equalTo(generation))
                .body("failed", greaterThanOrEqualTo(1))
                .body("failures.topic", hasItem(Topics.REFERRALS))
                .body("read", greaterThanOrEqualTo(Fixture.published().size())));

        figures.forEach((name, figure) -> assertEquals(live.get(name), figure.get(), name));
    }
}
