package org.carepath.insights.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.carepath.insights.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Who may read the figures, and what a wrong question is told. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InsightsAccessTest {

    @Test
    void aCallerWithoutATokenIs401AndOneWhoIsNoManager403() {
        query(given(), "referrals-received", "2025-03-01", "2025-03-31").get("/insights/series")
                .then().statusCode(401).contentType(containsString("application/problem+json"));
        query(given().auth().oauth2(Staff.triager()), "referrals-received", "2025-03-01", "2025-03-31")
                .get("/insights/series")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        given().auth().oauth2(Staff.reablementManager()).post("/ops/insights/rebuild").then().statusCode(403);
    }

    @Test
    void badQuestionsAre400ProblemsThatSayWhatIsWrong() {
        bad("beds", "2025-03-01", "2025-03-31", "metric must be one of");
        bad("referrals-received", "2025-03-31", "2025-03-01", "from must not be after to");
        bad("referrals-received", "2024-01-01", "2025-01-01", "the range is at most 366 days");
        query(given().auth().oauth2(Staff.reablementManager()), "referrals-received", "2025-13-01", "2025-03-31")
                .get("/insights/series")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("'2025-13-01' is not a date"));
        query(given().auth().oauth2(Staff.reablementManager()), "discharges", "2025-03-01", "2025-03-31")
                .queryParam("groupBy", "team")
                .get("/insights/series")
                .then().statusCode(400).body("detail", equalTo("groupBy discharges is grouped by one of"
                        + " [organisation, locality, pathway]"));
    }

    @Test
    void theMetricsListSaysHowEachCanBeGrouped() {
        given().auth().oauth2(Staff.reablementManager()).get("/insights/metrics")
                .then().statusCode(200)
                .body("find { it.metric == 'delayed-bed-days' }.groupBy", equalTo(List.of("organisation", "sector",
                        "locality", "reason")))
                .body("find { it.metric == 'acceptance-hours-p90' }.unit", equalTo("hours"))
                .body("find { it.metric == 'acceptance-hours-p90' }.name", equalTo("Hours to acceptance, 90th percentile"));
    }

    private static void bad(String metric, String from, String to, String detail) {
        query(given().auth().oauth2(Staff.reablementManager()), metric, from, to).get("/insights/series")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString(detail));
    }

    private static RequestSpecification query(RequestSpecification request, String metric, String from, String to) {
        return request.queryParam("metric", metric).queryParam("from", from).queryParam("to", to);
    }
}
