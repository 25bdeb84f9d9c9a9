package org.carepath.referrals.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.carepath.events.Topics;
import org.carepath.referrals.Directory;
import org.carepath.referrals.MutableClock;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.referrals.referral.PastResponseTarget;
import org.carepath.referrals.referral.ResponseOverdueCheck;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.EventContract;
import org.carepath.testkit.Metrics;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** Response targets: breaches are reported once each, and the worklist puts the riskiest and most urgent first. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ResponseTargetFlowTest {

    @Inject
    MutableClock clock;

    @Inject
    ResponseOverdueCheck check;

    @Inject
    PastResponseTarget pastTarget;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aBreachIsReportedExactlyOnceAndAnAnsweredReferralNever() throws Throwable {
        String late = TestPeople.nhsNumber();
        String answered = TestPeople.nhsNumber();
        String service = Directory.reablement();
        var emergency = Referrals.urgentFor(late, service);
        emergency.put("priority", "emergency");
        String lateId = Referrals.submit(emergency);
        var alsoEmergency = Referrals.urgentFor(answered, service);
        alsoEmergency.put("priority", "emergency");
        String answeredId = Referrals.submit(alsoEmergency);
        Referrals.act(answeredId, "receive", Staff.communityTriager(), null).statusCode(200);
        Referrals.act(answeredId, "accept", Staff.communityTriager(), null).statusCode(200);
        double breaches = Metrics.sum("carepath_referrals_response_target_breaches_total");

        clock.advance(Duration.ofHours(3));
        runCheck();
        runCheck();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("referral.submitted", "referral.response-overdue"), typesFor(late)));
        // a third look, after the event is out, still finds nothing new
        runCheck();
        assertEquals(1, typesFor(late).stream().filter("referral.response-overdue"::equals).count());
        assertEquals(List.of("referral.submitted", "referral.received", "referral.accepted"), typesFor(answered));
        TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> late.equals(record.key()))
                .forEach(record -> assertEquals(Set.of(), EventContract.violations(record.value()), record.value()));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + lateId).then().statusCode(200);

        // what ops see: the breach counted, and the late referral waiting past its target until it is answered
        assertTrue(Metrics.sum("carepath_referrals_response_target_breaches_total") >= breaches + 1);
        long waiting = pastTarget();
        Referrals.act(lateId, "receive", Staff.communityTriager(), null).statusCode(200);
        Referrals.act(lateId, "accept", Staff.communityTriager(), null).statusCode(200);
        assertEquals(waiting - 1, pastTarget());
    }

    @Test
    void theWorklistPutsUngradedFirstThenByRiskThenPriorityThenTimeLeft() {
        String service = Directory.reablement();
        String routineHigh = referral(service, "routine", "high");
        String urgentLow = referral(service, "urgent", "low");
        String urgentHigh = referral(service, "urgent", "high");
        String emergencyUngraded = referral(service, "emergency", null);
        String routineMedium = referral(service, "routine", "medium");

        List<String> order = given().auth().oauth2(Staff.communityTriager())
                .queryParam("size", 100)
                .get("/triage/worklist")
                .then().statusCode(200)
                .extract().path("items.id");
        List<String> mine = order.stream()
                .filter(List.of(routineHigh, urgentLow, urgentHigh, emergencyUngraded, routineMedium)::contains)
                .toList();

        assertEquals(List.of(emergencyUngraded, urgentHigh, routineHigh, routineMedium, urgentLow), mine);
        given().auth().oauth2(Staff.communityTriager()).queryParam("priority", "emergency").queryParam("size", 100)
                .get("/triage/worklist")
                .then().statusCode(200)
                .body("items.priority", everyItem(equalTo("emergency")));
    }

    /** What the gauge carepath_referrals_past_response_target counts, now. */
    private long pastTarget() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(pastTarget::count));
    }

    /** What the scheduler does every minute, now. */
    private void runCheck() throws Throwable {
        VertxContextSupport.subscribeAndAwait(check::check);
    }

    private static String referral(String service, String priority, String riskGrade) {
        var body = Referrals.urgentFor(TestPeople.nhsNumber(), service);
        body.put("priority", priority);
        String id = Referrals.submit(body);
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);
        if (riskGrade != null) {
            Referrals.triage(id, Staff.communityTriager(), riskGrade).statusCode(200);
        }
        return id;
    }

    private static List<String> typesFor(String person) {
        return TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> person.equals(record.key()))
                .map(record -> TestEvents.read(record.value()).get("type").asText())
                .toList();
    }
}
