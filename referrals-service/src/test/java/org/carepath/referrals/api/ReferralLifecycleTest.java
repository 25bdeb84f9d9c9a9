package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepath.events.Topics;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.EventContract;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every legal and illegal step of the referral state machine, over HTTP, with the events it emits. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralLifecycleTest {

    @Test
    void aReferralGoesFromSubmittedToCompletedEmittingAnEventAtEveryStep() {
        String person = TestPeople.nhsNumber();
        String id = Referrals.submit(Referrals.urgentFor(person, Directory.reablement()));

        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200).body("status", equalTo("received"));
        Referrals.triage(id, Staff.communityTriager(), "high").statusCode(200).body("riskGrade", equalTo("high"));
        Referrals.act(id, "accept", Staff.communityTriager(), null).statusCode(200).body("status", equalTo("accepted"));
        Referrals.act(id, "start", Staff.communityCoordinator(), null).statusCode(200).body("status", equalTo("in-progress"));
        Referrals.act(id, "hold", Staff.communityCoordinator(), "Readmitted to hospital").statusCode(200)
                .body("status", equalTo("on-hold")).body("statusReason", equalTo("Readmitted to hospital"));
        Referrals.act(id, "resume", Staff.communityCoordinator(), null).statusCode(200).body("status", equalTo("in-progress"));
        Referrals.act(id, "complete", Staff.communityCoordinator(), null).statusCode(200)
                .body("status", equalTo("completed")).body("allowedActions", equalTo(List.of()));

        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + id)
                .then().statusCode(200)
                .body("history.action", contains("submit", "receive", "accept", "start", "hold", "resume", "complete"))
                .body("history.byOrganisation", contains("RX1", "RY1", "RY1", "RY1", "RY1", "RY1", "RY1"))
                .body("history[4].reason", equalTo("Readmitted to hospital"))
                .body("assessments[0].title", equalTo("OT functional assessment"))
                .body("subject.localIdentifiers[0].value", equalTo("MRN0042"))
                .body("needsDomains", contains("personal-care-and-daily-living", "mobility-and-falls"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("referral.submitted", "referral.received", "referral.triaged", "referral.accepted",
                        "referral.started", "referral.held", "referral.resumed", "referral.completed"),
                typesFor(person)));
        TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> person.equals(record.key()))
                .forEach(record -> assertEquals(Set.of(), EventContract.violations(record.value()), record.value()));
    }

    @Test
    void aSubmittedReferralHasItsResponseTargetFromTheDirectory() {
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()))
                .post("/referrals")
                .then().statusCode(201)
                .header("Location", containsString("/referrals/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("requested"))
                .body("referrer.organisation", equalTo("RX1"))
                .body("referrer.team", equalTo("ward-7"))
                .body("targetOrganisation", equalTo("RY1"))
                .body("targetTeam", equalTo("reablement"))
                .body("dueAt", notNullValue())
                .body("allowedActions", containsInAnyOrder("receive", "cancel"));
    }

    @Test
    void rejectingCancellingAndHoldingNeedAReason() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);

        Referrals.act(id, "reject", Staff.communityTriager(), null).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("reason"));
        Referrals.act(id, "cancel", Staff.hospitalReferrer(), " ").statusCode(400);

        Referrals.act(id, "reject", Staff.communityTriager(), "Outside our area").statusCode(200)
                .body("status", equalTo("rejected")).body("statusReason", equalTo("Outside our area"));
    }

    @Test
    void theReferrerCanCancelWithAReason() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        Referrals.act(id, "cancel", Staff.hospitalReferrer(), "Patient has gone home with family support").statusCode(200)
                .body("status", equalTo("cancelled"));
    }

    @Test
    void illegalTransitionsAre409WithTheCurrentStateAndWhatIsAllowed() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));

        Referrals.act(id, "accept", Staff.communityTriager(), null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:illegal-transition"))
                .body("currentStatus", equalTo("requested"))
                .body("allowedActions", containsInAnyOrder("receive", "cancel"));
        Referrals.act(id, "complete", Staff.communityCoordinator(), null).statusCode(409);
        Referrals.act(id, "resume", Staff.communityCoordinator(), null).statusCode(409);

        Referrals.act(id, "cancel", Staff.hospitalReferrer(), "No longer needed").statusCode(200);
        Referrals.act(id, "cancel", Staff.hospitalReferrer(), "Again").statusCode(409)
                .body("currentStatus", equalTo("cancelled"))
                .body("allowedActions", equalTo(List.of()));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(409);
    }

    @Test
    void triageIsOnlyForAReferralWithTheReceivingTeam() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        Referrals.triage(id, Staff.communityTriager(), "medium").statusCode(409)
                .body("currentStatus", equalTo("requested"));
    }

    @Test
    void redirectingClosesTheReferralAndOpensALinkedOnwardOneToTheOtherService() {
        String person = TestPeople.nhsNumber();
        String councilService = Directory.councilFrontDoor();
        String id = Referrals.submit(Referrals.urgentFor(person, Directory.reablement()));
        Referrals.act(id, "receive", Staff.communityTriager(), null).statusCode(200);

        String onward = given().auth().oauth2(Staff.communityTriager()).contentType(ContentType.JSON)
                .header("If-Match", Referrals.etag(id, Staff.communityTriager()))
                .body(Map.of("serviceId", councilService, "reason", "Needs a social care assessment first"))
                .post("/referrals/" + id + "/redirect")
                .then().statusCode(200)
                .body("status", equalTo("redirected"))
                .extract().path("onwardReferral");

        given().auth().oauth2(Staff.councilTriager()).get("/referrals/" + onward)
                .then().statusCode(200)
                .body("status", equalTo("requested"))
                .body("redirectedFrom", equalTo(id))
                .body("targetOrganisation", equalTo("LA1"))
                .body("subject.nhsNumber", equalTo(person))
                .body("history[0].byOrganisation", equalTo("RY1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                List.of("referral.submitted", "referral.received", "referral.redirected", "referral.submitted"),
                typesFor(person)));
    }

    @Test
    void notesAreAThreadBetweenTheTwoSides() {
        String id = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()));
        note(id, Staff.communityTriager(), "Is there a key safe?");
        note(id, Staff.hospitalReferrer(), "Yes, code with the ward");

        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + id + "/notes")
                .then().statusCode(200)
                .body("items.text", contains("Is there a key safe?", "Yes, code with the ward"))
                .body("items.authorOrganisation", contains("RY1", "RX1"))
                .body("total", equalTo(2));
        given().auth().oauth2(Staff.councilTriager()).get("/referrals/" + id + "/notes").then().statusCode(404);
    }

    @Test
    void aBadPriorityOrNhsNumberIsA400NamingTheField() {
        var body = Referrals.urgentFor("9434765918", Directory.reablement());
        body.put("priority", "soon");
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(body)
                .post("/referrals")
                .then().statusCode(400).contentType("application/problem+json");

        var badNumber = Referrals.urgentFor("9434765918", Directory.reablement());
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(badNumber)
                .post("/referrals")
                .then().statusCode(400)
                .body("violations.field", hasItem("subject.nhsNumber"))
                .body("detail", containsString("Modulus 11"));
    }

    private static void note(String id, String token, String text) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/referrals/" + id + "/notes")
                .then().statusCode(201);
    }

    private static List<String> typesFor(String person) {
        return TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> person.equals(record.key()))
                .map(record -> TestEvents.read(record.value()).get("type").asText())
                .toList();
    }
}
