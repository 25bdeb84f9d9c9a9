package org.carepath.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepath.events.Topics;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPostgres;
import org.carepath.testkit.TestTokens;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The packaged referrals-service and identity-service, as processes, with a real PostgreSQL and a
 * real Kafka broker between them: a referral submitted over HTTP shows on the journey over HTTP.
 */
class ReferralToJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ServiceProcess referrals;
    private static ServiceProcess identity;
    private static String reablement;

    @BeforeAll
    static void startServices() {
        referrals = ServiceProcess.start("referrals-service", config("referrals"));
        identity = ServiceProcess.start("identity-service", config("identity"));
        reablement = Directory.addReablement(referrals.url());
    }

    @AfterAll
    static void stopServices() {
        if (identity != null) {
            identity.close();
        }
        if (referrals != null) {
            referrals.close();
        }
    }

    @Test
    void aReferralSubmittedOverHttpAppearsOnThePersonsJourney() {
        String referralId = submitReferral("9434765919", "Needs help with washing and dressing after a fall");

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(communityTriager())
                .get(identity.url() + "/persons/9434765919/journey")
                .then().statusCode(200)
                .body("entries.type", contains("referral.submitted"))
                .body("entries[0].summary", equalTo("Referred by RX1 (ward-7) to Home reablement (RY1), urgent: "
                        + "Needs help with washing and dressing after a fall")));
        assertEquals(1, eventsFor("9434765919").size());
        assertEquals(referralId, eventsFor("9434765919").get(0));
    }

    /** Issue #15: an integration engine speaking FHIR, and the community triager acting through the referral's Task. */
    @Test
    void aServiceRequestAcceptedThroughItsTaskShowsOnTheJourney() {
        String person = "6101237656";
        ServiceRequest request = new ServiceRequest()
                .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setPriority(ServiceRequest.ServiceRequestPriority.URGENT)
                .setSubject(new Reference().setIdentifier(new Identifier().setSystem("https://fhir.nhs.uk/Id/nhs-number")
                        .setValue(person)))
                .addPerformer(new Reference("HealthcareService/" + reablement))
                .addReasonCode(new CodeableConcept().setText("Sent over FHIR by the hospital's integration engine"));
        request.addCategory(new CodeableConcept(new Coding("urn:carepath:fhir:code-system:needs-domain",
                "personal-care-and-daily-living", null)));
        request.addExtension("urn:carepath:fhir:extension:consent-basis", new CodeType("consent-given"));
        String id = TestFhir.context().newJsonParser().parseResource(ServiceRequest.class,
                given().auth().oauth2(hospitalReferrer()).contentType("application/fhir+json")
                        .body(TestFhir.context().newJsonParser().encodeResourceToString(request))
                        .post(referrals.url() + "/fhir/ServiceRequest")
                        .then().statusCode(201)
                        .extract().asString()).getIdElement().getIdPart();

        moveTask(id, Task.TaskStatus.RECEIVED);
        moveTask(id, Task.TaskStatus.ACCEPTED);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(communityTriager())
                .get(identity.url() + "/persons/" + person + "/journey")
                .then().statusCode(200)
                .body("entries.type", contains("referral.submitted", "referral.received", "referral.accepted")));
    }

    private static void moveTask(String id, Task.TaskStatus status) {
        var read = given().auth().oauth2(communityTriager()).get(referrals.url() + "/fhir/Task/" + id)
                .then().statusCode(200).extract();
        Task task = TestFhir.context().newJsonParser().parseResource(Task.class, read.asString()).setStatus(status);
        given().auth().oauth2(communityTriager()).contentType("application/fhir+json").header("If-Match", read.header("ETag"))
                .body(TestFhir.context().newJsonParser().encodeResourceToString(task))
                .put(referrals.url() + "/fhir/Task/" + id)
                .then().statusCode(200);
    }

    @Test
    void referralsAcceptedWhileKafkaIsDownArePublishedInOrderOnceItIsBackAndNoneTwice() throws SQLException {
        String person = "4010232137";
        List<String> submitted = new ArrayList<>();
        TestKafka.get().stopBroker();
        try {
            for (int i = 1; i <= 5; i++) {
                submitted.add(submitReferral(person, "Referral " + i + " made while Kafka was down"));
            }
            assertEquals(5, pendingOutboxRows(), "accepted and held in the outbox");
        } finally {
            TestKafka.get().startBroker();
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(submitted, eventsFor(person),
                "every referral published once, in the order submitted"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(communityTriager())
                .get(identity.url() + "/persons/" + person + "/journey")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("entries.summary", equalTo(List.of(1, 2, 3, 4, 5).stream()
                        .map(i -> "Referred by RX1 (ward-7) to Home reablement (RY1), urgent: Referral " + i
                                + " made while Kafka was down")
                        .toList())));
        assertEquals(0, pendingOutboxRows());
    }

    private static String submitReferral(String nhsNumber, String reason) {
        var body = Map.of("subject", Map.of("nhsNumber", nhsNumber), "serviceId", reablement, "reason", reason,
                "needsDomains", List.of("personal-care-and-daily-living"), "priority", "urgent",
                "consentBasis", "consent-given",
                // each referral while Kafka is down is a separate, confirmed one for the same person
                "duplicateReason", "system test: " + reason);
        return given().auth().oauth2(hospitalReferrer())
                .contentType(ContentType.JSON)
                .body(body)
                .post(referrals.url() + "/referrals")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Referral ids of the person's referral.submitted events, in the order Kafka holds them. */
    private static List<String> eventsFor(String nhsNumber) {
        return TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> nhsNumber.equals(record.key()))
                .map(record -> TestEvents.read(record.value()).get("data").get("referralId").asText())
                .toList();
    }

    private static long pendingOutboxRows() throws SQLException {
        try (var connection = TestPostgres.get().connect("referrals");
                var result = connection.createStatement()
                        .executeQuery("select count(*) from outbox_message where published_at is null")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String hospitalReferrer() {
        return TestTokens.staff("hana.ahmed", "RX1").teams("ward-7").profession("nurse").roles("referrer").token();
    }

    private static String communityTriager() {
        // of the receiving team, reablement: a Task's steps are that team's
        return Cast.colinReed().roles("triager").token();
    }

    private static Map<String, String> config(String database) {
        Map<String, String> config = new HashMap<>(TestPostgres.get().quarkusConfig(database));
        config.putAll(TestKafka.get().quarkusConfig());
        config.putAll(TestTokens.quarkusConfig());
        // come back quickly once Kafka returns, rather than after a production-length backoff
        config.put("carepath.outbox.max-backoff", "2s");
        return config;
    }
}
