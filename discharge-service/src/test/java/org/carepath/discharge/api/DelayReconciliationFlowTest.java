package org.carepath.discharge.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.platform.security.Roles;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A delay attributed to social care, linked to the council's referral as care.referrals.v1 tells it: the
 * chain follows the referral, the council answers, and the hospital and the council see the same facts.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DelayReconciliationFlowTest {

    private static final Practitioner HOSPITAL_REFERRER = new Practitioner("amy.lee", "Amy Lee", Cast.HOSPITAL, "discharge");
    private static final Practitioner COUNCIL_TRIAGER = new Practitioner("sam.patel", "Sam Patel", Cast.COUNCIL,
            "adult-front-door");
    /** A hospital of its own, so its sitrep and board hold this test's episode alone. */
    private static final String RS2 = "RS2";
    /** The service reads two topics in one consumer group: on a loaded machine its first assignment can take a while. */
    private static final Duration CONSUMED = Duration.ofSeconds(60);

    private static String councilTriager() {
        return Cast.samPatel().roles(Roles.TRIAGER).token();
    }

    @Test
    void theCouncilAcknowledgesADelayThatFollowsItsReferralAndBothSidesSeeTheSame() {
        String person = TestPeople.nhsNumber();
        String hospital = Staff.dischargeCoordinator();
        String episode = Episodes.admit(hospital, person, Instant.now().minus(Duration.ofDays(5)).toString(), "emergency");
        Episodes.post(episode, "/criteria-to-reside", hospital,
                Map.of("meetsCriteria", false, "at", Instant.now().minus(Duration.ofDays(3)).toString())).statusCode(200);
        UUID referral = UUID.randomUUID();
        told(new ReferralSubmitted(referral, person, HOSPITAL_REFERRER, UUID.randomUUID(), "Home care", Cast.COUNCIL,
                "adult-front-door", "urgent", "Care package to go home", null, Instant.now()));

        Map<String, Object> unknown = new HashMap<>(delay(Map.of("referralId", UUID.randomUUID().toString())));
        Episodes.post(episode, "/delays", hospital, unknown)
                .statusCode(422).contentType("application/problem+json").body("type", containsString("unknown-referral"));
        Episodes.post(episode, "/delays", hospital, delay(Map.of("referralId", referral.toString(), "milestone",
                "transport-booked"))).statusCode(400).contentType("application/problem+json");
        Map<String, Object> linked = new HashMap<>(delay(Map.of("referralId", referral.toString())));
        // two days ago: the board counts the delay's own days
        linked.put("start", Instant.now().minus(Duration.ofDays(2)).toString());
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.post(episode, "/delays", hospital, linked).statusCode(200));
        String delay = Episodes.get(episode, hospital).extract().path("delays[0].id");
        Episodes.get(episode, hospital)
                .body("delays[0].accountableOrganisation", equalTo(Cast.COUNCIL))
                .body("delays[0].waitingOn.referralId", equalTo(referral.toString()))
                .body("delays[0].chain.stage", equalTo("sent-not-received"))
                .body("delays[0].standing", equalTo("not-answered"));

        told(new ReferralReceived(referral, person, COUNCIL_TRIAGER, Instant.now()));
        awaitStage(episode, "received-not-accepted");
        told(new ReferralAccepted(referral, person, COUNCIL_TRIAGER, UUID.randomUUID(), "Home care", Cast.COUNCIL,
                "adult-front-door", Cast.HOSPITAL, Instant.now()));
        awaitStage(episode, "accepted-no-start");

        String etag = given().auth().oauth2(councilTriager()).get("/episodes/" + episode + "/delays/" + delay)
                .then().statusCode(200).body("hospital", equalTo(Cast.HOSPITAL)).body("nhsNumber", equalTo(person))
                .body("ward", equalTo("ward-7")).body("delay.code", equalTo("E"))
                .body("delay.chain.stage", equalTo("accepted-no-start"))
                .extract().header("ETag");
        given().auth().oauth2(councilTriager()).contentType(ContentType.JSON).body(Map.of())
                .post("/episodes/" + episode + "/delays/" + delay + "/acknowledge")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(councilTriager()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", "Package starts Monday"))
                .post("/episodes/" + episode + "/delays/" + delay + "/acknowledge")
                .then().statusCode(200).body("delay.standing", equalTo("acknowledged"))
                .body("delay.answer.organisation", equalTo(Cast.COUNCIL)).body("delay.answer.by", equalTo("sam.patel"));

        Map<String, Object> hospitalSees = Episodes.get(episode, hospital).statusCode(200).extract().path("delays[0]");
        Map<String, Object> councilSees = given().auth().oauth2(councilTriager()).queryParam("size", 100).get("/delays/attributed")
                .then().statusCode(200).extract().path(listed(episode) + ".delay");
        assertEquals(withoutDelayedDays(hospitalSees), withoutDelayedDays(councilSees), "the same facts on both sides");
        assertEquals("acknowledged", councilSees.get("standing"));
        assertEquals("Package starts Monday", ((Map<?, ?>) councilSees.get("answer")).get("reason"));

        told(new ReferralStarted(referral, person, COUNCIL_TRIAGER, Instant.now()));
        awaitStage(episode, "started");
        given().auth().oauth2(hospital).get("/board").then().statusCode(200)
                .body("entries.find { it.episodeId == '" + episode + "' }.currentDelay.standing", equalTo("acknowledged"))
                .body("delayedDaysByStanding.acknowledged", greaterThanOrEqualTo(2));
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.no-criteria-to-reside", "discharge.delay-started",
                "discharge.delay-linked", "discharge.delay-acknowledged");
    }

    @Test
    void theCouncilAcknowledgesADelayLinkedToTheCarePlanActionItOwnsAndBothSidesSeeWhereTheActionStands() {
        String person = TestPeople.nhsNumber();
        String hospital = Staff.dischargeCoordinator();
        String episode = Episodes.admit(hospital, person, Instant.now().minus(Duration.ofDays(5)).toString(), "emergency");
        Episodes.post(episode, "/criteria-to-reside", hospital,
                Map.of("meetsCriteria", false, "at", Instant.now().minus(Duration.ofDays(3)).toString())).statusCode(200);
        UUID plan = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        ActionOwner owner = new ActionOwner(Cast.COUNCIL, "adult-front-door", null, "Adult front door");
        told(new CarePlanActionAssigned(plan, person, 1, action, "Care needs assessment", null, owner,
                LocalDate.parse("2026-11-20"), null, COUNCIL_TRIAGER, Instant.now()));

        Episodes.post(episode, "/delays", hospital, delay(Map.of("carePlanId", plan.toString(), "actionId",
                        UUID.randomUUID().toString())))
                .statusCode(422).contentType("application/problem+json").body("type", containsString("unknown-action"));
        String delay = Episodes.post(episode, "/delays", hospital, delay(Map.of("milestone", "package-of-care-confirmed")))
                .statusCode(200).body("delays[0].standing", equalTo("not-attributed")).extract().path("delays[0].id");
        Map<String, Object> theAction = Map.of("carePlanId", plan.toString(), "actionId", action.toString());
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.put(episode, "/delays/" + delay + "/waiting-on", hospital,
                theAction).statusCode(200));
        Episodes.get(episode, hospital)
                .body("delays[0].accountableOrganisation", equalTo(Cast.COUNCIL))
                .body("delays[0].waitingOn.actionId", equalTo(action.toString()))
                .body("delays[0].chain.stage", equalTo("action-assigned"))
                .body("delays[0].chain.organisation", equalTo(Cast.COUNCIL))
                .body("delays[0].chain.dueDate", equalTo("2026-11-20"))
                .body("delays[0].chain.description", equalTo("Care needs assessment"))
                .body("delays[0].standing", equalTo("not-answered"));
        attributed(councilTriager(), episode).body("delay.chain.stage", equalTo("action-assigned"));

        String etag = given().auth().oauth2(councilTriager()).get("/episodes/" + episode + "/delays/" + delay)
                .then().statusCode(200).body("delay.chain.actionId", equalTo(action.toString()))
                .extract().header("ETag");
        given().auth().oauth2(councilTriager()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", "Assessment booked for Thursday"))
                .post("/episodes/" + episode + "/delays/" + delay + "/acknowledge")
                .then().statusCode(200).body("delay.standing", equalTo("acknowledged"))
                .body("delay.answer.organisation", equalTo(Cast.COUNCIL));
        Episodes.get(episode, hospital).body("delays[0].standing", equalTo("acknowledged"))
                .body("delays[0].answer.reason", equalTo("Assessment booked for Thursday"));

        told(new CarePlanActionOverdue(plan, person, action, "Care needs assessment", owner, LocalDate.parse("2026-11-20"),
                Instant.now()));
        awaitStage(episode, "action-overdue");
        told(new CarePlanActionCompleted(plan, person, 1, action, "Care needs assessment", owner, COUNCIL_TRIAGER,
                Instant.now()));
        awaitStage(episode, "action-completed");
        Map<String, Object> hospitalSees = Episodes.get(episode, hospital).statusCode(200).extract().path("delays[0]");
        Map<String, Object> councilSees = given().auth().oauth2(councilTriager()).queryParam("size", 100).get("/delays/attributed")
                .then().statusCode(200).extract().path(listed(episode) + ".delay");
        assertEquals(withoutDelayedDays(hospitalSees), withoutDelayedDays(councilSees), "the same facts on both sides");
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.no-criteria-to-reside", "discharge.delay-started",
                "discharge.delay-linked", "discharge.delay-linked", "discharge.delay-acknowledged");
    }

    @Test
    void theCouncilDisputesWithAReasonNoOneElseCanAnswerAndTheSitrepCountsDisputedDays() {
        String person = TestPeople.nhsNumber();
        String hospital = Staff.dischargeCoordinatorOf(RS2);
        String episode = Episodes.admit(hospital, person, "2026-10-01T09:00:00Z", "emergency");
        Episodes.post(episode, "/criteria-to-reside", hospital, Map.of("meetsCriteria", false, "at", "2026-10-05T10:00:00Z"))
                .statusCode(200);
        UUID referral = UUID.randomUUID();
        UUID onward = UUID.randomUUID();
        told(new ReferralSubmitted(referral, person, HOSPITAL_REFERRER, UUID.randomUUID(), "Home care", Cast.COUNCIL,
                null, "routine", "Care package", null, Instant.parse("2026-10-05T11:00:00Z")));
        Map<String, Object> start = new HashMap<>(delay(Map.of("milestone", "package-of-care-confirmed")));
        start.put("start", "2026-10-06T09:00:00Z");
        String delay = Episodes.post(episode, "/delays", hospital, start).statusCode(200)
                .body("delays[0].standing", equalTo("not-attributed")).extract().path("delays[0].id");
        given().auth().oauth2(Cast.hanaAhmed().organisation(RS2).token()).contentType(ContentType.JSON)
                .header("If-Match", Episodes.etag(episode, hospital)).body(Map.of("referralId", referral.toString()))
                .put("/episodes/" + episode + "/delays/" + delay + "/waiting-on")
                .then().statusCode(403).contentType("application/problem+json");
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.put(episode, "/delays/" + delay + "/waiting-on", hospital,
                Map.of("referralId", referral.toString())).statusCode(200));

        String outsider = Staff.outsider();
        given().auth().oauth2(outsider).get("/episodes/" + episode + "/delays/" + delay).then().statusCode(404)
                .contentType("application/problem+json");
        answer(outsider, episode, delay, "dispute", Map.of("reason", "Not ours")).statusCode(404);
        answer(Cast.samPatel().token(), episode, delay, "dispute", Map.of("reason", "Not ours")).statusCode(404);
        answer(hospital, episode, delay, "acknowledge", Map.of()).statusCode(403);
        given().auth().oauth2(outsider).get("/delays/attributed?size=100").then().statusCode(200)
                .body("items.episodeId", not(hasItem(episode)));
        answer(councilTriager(), episode, delay, "dispute", Map.of()).statusCode(400).contentType("application/problem+json");
        answer(councilTriager(), episode, delay, "dispute", Map.of("reason", " ")).statusCode(400);
        answer(councilTriager(), episode, delay, "dispute", Map.of("reason", "x".repeat(2_001))).statusCode(400);

        answer(councilTriager(), episode, delay, "dispute", Map.of("reason", "No referral reached us before the 5th"))
                .statusCode(200).body("delay.standing", equalTo("disputed")).body("delay.answers", hasSize(1));

        Episodes.get(episode, hospital).body("delays[0].standing", equalTo("disputed"))
                .body("delays[0].answer.reason", equalTo("No referral reached us before the 5th"));
        attributed(councilTriager(), episode).body("delay.standing", equalTo("disputed")).body("hospital", equalTo(RS2));
        given().auth().oauth2(hospital).queryParam("date", "2026-10-08").get("/sitrep").then().statusCode(200)
                .body("delayedBedDays", equalTo(1))
                .body("delayedBedDaysByStanding", equalTo(Map.of("acknowledged", 0, "disputed", 1, "not-answered", 0,
                        "not-attributed", 0, "none", 0)));
        given().auth().oauth2(hospital).get("/board").then().statusCode(200)
                .body("entries[0].currentDelay.standing", equalTo("disputed"))
                .body("delayedDaysByStanding.disputed", greaterThan(0));

        told(new ReferralRedirected(referral, person, COUNCIL_TRIAGER, "Reablement first", onward, UUID.randomUUID(),
                Cast.COMMUNITY, Instant.now()));
        told(new ReferralSubmitted(onward, person, COUNCIL_TRIAGER, UUID.randomUUID(), "Home reablement", Cast.COMMUNITY,
                "reablement", "routine", "Reablement first", referral, Instant.now()));
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(episode, hospital)
                .body("delays[0].chain.stage", equalTo("closed"))
                .body("delays[0].chain.closedAs", equalTo("redirected"))
                .body("delays[0].chain.onward.stage", equalTo("sent-not-received"))
                .body("delays[0].chain.onward.organisation", equalTo(Cast.COMMUNITY))
                .body("delays[0].chain.onward.onward", nullValue()));
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.no-criteria-to-reside", "discharge.delay-started",
                "discharge.delay-linked", "discharge.delay-linked", "discharge.delay-disputed");
    }

    private static Map<String, Object> delay(Map<String, Object> waitingOn) {
        return Map.of("code", "E", "sector", "social-care", "notes", "Waiting for a care package", "waitingOn", waitingOn);
    }

    private static void told(ReferralEvent event) {
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", event.subject(), Instant.now(), event));
    }

    private static void told(CarePlanEvent event) {
        TestEvents.publish(TestEvents.envelope("/carepath/careplan-service", event.subject(), Instant.now(), event));
    }

    private static void awaitStage(String episode, String stage) {
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(episode, Staff.dischargeCoordinator())
                .body("delays[0].chain.stage", equalTo(stage)));
        await().atMost(CONSUMED).untilAsserted(() -> attributed(councilTriager(), episode)
                .body("delay.chain.stage", equalTo(stage)));
    }

    /** The caller's attributed delay of the episode, as /delays/attributed lists it. */
    private static ValidatableResponse attributed(String token, String episode) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/delays/attributed")
                .then().statusCode(200)
                .rootPath(listed(episode));
    }

    private static String listed(String episode) {
        return "items.find { it.episodeId == '" + episode + "' }";
    }

    /** An acknowledgement or dispute with the ETag the episode has now. */
    private static ValidatableResponse answer(String token, String episode, String delay, String how, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", Episodes.etag(episode, Staff.dischargeCoordinatorOf(RS2)))
                .body(body).post("/episodes/" + episode + "/delays/" + delay + "/" + how).then();
    }

    private static Map<String, Object> withoutDelayedDays(Map<String, Object> delay) {
        Map<String, Object> facts = new HashMap<>(delay);
        facts.remove("delayedDays");
        return facts;
    }
}
