package org.carepath.systemtests.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carepath.systemtests.Directory;
import org.carepath.systemtests.ServiceProcess;
import org.carepath.systemtests.realm.KeycloakProcess;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * The staff portal in a real browser (Debian's headless Chromium), signed in through the real Keycloak realm, on the
 * packaged portal, referrals-service and identity-service as processes with real PostgreSQL and Kafka: each member of
 * staff sees on the journey only what they may, in their words and London's time, on pages axe-core finds no serious
 * accessibility fault in.
 */
class PortalBrowserIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("carepath.repository.dir", ".."));
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static final String PASSWORD = "demo";
    private static final String PERSON = "9434765919";
    private static final String NOBODY_KNOWN = "4010232137";
    private static final String TRIAGED = "6101237656";
    private static final String REFERRED = "9876543210";
    private static final String ASSESSED = "4347712782";
    private static final String REDIRECTED = "4423938499";
    private static final String WAITING = "4097402358";
    private static final String CARED_FOR = "4857773457";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static KeycloakProcess keycloak;
    private static ServiceProcess referrals;
    private static ServiceProcess identity;
    private static ServiceProcess discharge;
    private static ServiceProcess careplan;
    private static ServiceProcess insights;
    private static ServiceProcess portal;
    private static String axe;
    private static Instant referredAt;
    private static String triagedReferral;
    private static String reablement;
    private static String singlePointOfAccess;
    private static String councilFrontDoor;

    @BeforeAll
    static void start() throws IOException {
        axe = Files.readString(Path.of(System.getProperty("axe.script")));
        int portalPort = ServiceProcess.freePort();
        keycloak = KeycloakProcess.start(Path.of(System.getProperty("keycloak.home")), realmLettingThePortalIn(portalPort),
                TMP.resolve("keycloak-portal.log"));
        referrals = ServiceProcess.start("referrals-service", serviceConfig("referrals"), TMP.resolve("referrals-portal.log"));
        identity = ServiceProcess.start("identity-service", serviceConfig("identity"), TMP.resolve("identity-portal.log"));
        discharge = ServiceProcess.start("discharge-service", serviceConfig("discharge"), TMP.resolve("discharge-portal.log"));
        careplan = ServiceProcess.start("careplan-service", serviceConfig("careplan"), TMP.resolve("careplan-portal.log"));
        insights = ServiceProcess.start("insights-service", serviceConfig("insights"), TMP.resolve("insights-portal.log"));
        portal = ServiceProcess.start("portal", Map.of(
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.rest-client.identity.url", identity.url(),
                "quarkus.rest-client.referrals.url", referrals.url(),
                "quarkus.rest-client.discharge.url", discharge.url(),
                "quarkus.rest-client.careplan.url", careplan.url(),
                "quarkus.rest-client.insights.url", insights.url()),
                TMP.resolve("portal.log"), portalPort);
        aHospitalNurseRefersThePersonToCommunityReablement();
        theWardHasSomeoneWaitingForACarePackage();
        theDirectoryHasServicesInTwoAreas();
        aPersonOnWard8WaitsOnTheCouncilsReferral();
        theCommunityTrustHasAcceptedAReferralOfSomeoneWithNoPlanOfItsOwn();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable part : new AutoCloseable[] {portal, insights, careplan, discharge, identity, referrals, keycloak}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // stop the others regardless
            }
        }
    }

    @Test
    void aPageAskedForBeforeSigningInIsShownAfterSigningInWithKeycloak() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url() + "/people/" + PERSON);
            assertTrue(nurse.url().startsWith(keycloak.realmUrl()), "sent to Keycloak to sign in: " + nurse.url());
            nurse.signIn("hana.ahmed", PASSWORD);

            assertEquals(portal.url() + "/people/" + PERSON, nurse.url());
            assertEquals("Journey", nurse.heading());
            assertTrue(nurse.text().contains("Hana Ahmed"), "the header names who is signed in");
        }
    }

    @Test
    void theReferrerFindsThePersonAndSeesTheJourneyInNamesAndLondonTime() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url());
            nurse.signIn("hana.ahmed", PASSWORD);
            assertEquals("Find a person", nurse.heading());
            String work = nurse.text();
            assertTrue(work.contains("Discharge board: who is ready to leave hospital"), "a bed manager's work: " + work);
            assertFalse(work.contains("Triage worklist:"), "no worklist for a nurse who does not triage: " + work);
            nurse.checkAccessibleAndKeep("find-a-person", axe);

            nurse.type("nhsNumber", "943 476 5919");
            nurse.press("Show their journey");

            assertEquals("Journey", nurse.heading());
            String page = nurse.text();
            assertTrue(page.contains("NHS number 943 476 5919"), page);
            assertTrue(page.contains(LONDON.format(referredAt)), "when, in London's time: " + LONDON.format(referredAt));
            assertTrue(page.contains("Northfield Hospitals NHS Trust, Ward 7"), "where, by name: " + page);
            assertTrue(page.contains("Hospital"), "the sector in words: " + page);
            assertFalse(page.contains("RX1,"), "no ODS code where the organisation is named: " + page);
            assertTrue(page.contains("Who else is involved"), page);
            assertTrue(page.contains("Northfield Community Health NHS Trust (Reablement)"), "the receiving team: " + page);
            nurse.checkAccessibleAndKeep("journey", axe);
        }
    }

    @Test
    void aKeyboardOnlyUserMeetsTheSkipLinkFirstAndFindsAPersonWithoutAMouse() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url());
            nurse.signIn("raj.singh", PASSWORD);
            List<String> focusOrder = nurse.tabTo("nhsNumber", 20);
            assertEquals("Skip to main content", focusOrder.get(0), "the skip link first: " + focusOrder);
            assertTrue(focusOrder.indexOf("Find a person") > 0, "the menu before the page's own fields: " + focusOrder);
            nurse.typeAndEnter("9434765919");
            assertEquals("Journey", nurse.heading());
            assertTrue(nurse.text().contains("NHS number 943 476 5919"), nurse.text());
        }
    }

    @Test
    void aWrongNhsNumberIsSaidInASentenceAndWhatWasTypedIsKept() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url());
            nurse.signIn("hana.ahmed", PASSWORD);

            nurse.type("nhsNumber", "943 476 591");
            nurse.press("Show their journey");
            assertTrue(nurse.shows(".nhsuk-error-summary"), "an error summary");
            assertTrue(nurse.text().contains("Enter the NHS number as 10 digits"), nurse.text());
            assertEquals("943 476 591", nurse.valueOf("nhsNumber"));

            // ten digits that fail the Modulus 11 check: the service says so, in a sentence
            nurse.type("nhsNumber", "9434765918");
            nurse.press("Show their journey");
            assertTrue(nurse.shows(".nhsuk-error-summary"), "an error summary: " + nurse.text());
            assertEquals("9434765918", nurse.valueOf("nhsNumber"));
            nurse.checkAccessibleAndKeep("find-a-person-error", axe);
        }
    }

    @Test
    void aCouncilWithNoRelationshipLearnsNothingUntilItBreaksTheGlassWithAReason() {
        try (Browser socialWorker = Browser.open()) {
            socialWorker.go(portal.url());
            socialWorker.signIn("sam.patel", PASSWORD);

            socialWorker.go(portal.url() + "/people/" + PERSON);
            String refused = socialWorker.text();
            assertEquals("You cannot see this record", socialWorker.heading());
            assertFalse(refused.contains("Northfield"), "nothing of the record shows: " + refused);
            socialWorker.go(portal.url() + "/people/" + NOBODY_KNOWN);
            assertEquals(refused.replace("943 476 5919", "401 023 2137"), socialWorker.text(),
                    "a record that exists and one that does not read the same");
            socialWorker.go(portal.url() + "/people/" + PERSON);
            socialWorker.checkAccessibleAndKeep("no-access", axe);

            socialWorker.press("Break the glass");
            assertTrue(socialWorker.shows(".nhsuk-error-summary"), "a reason is required: " + socialWorker.text());

            socialWorker.type("reason", "Safeguarding concern raised by the person's neighbour tonight");
            socialWorker.press("Break the glass");
            assertEquals("Journey", socialWorker.heading());
            String page = socialWorker.text();
            assertTrue(page.contains("Emergency access"), page);
            assertTrue(page.matches("(?s).*in (60|59) minutes.*"), "the countdown: " + page);
            assertTrue(page.contains("Northfield Community Health NHS Trust"), page);
            socialWorker.checkAccessibleAndKeep("journey-break-glass", axe);
        }
    }

    @Test
    void theCommunityTriagerWorksTheReferralFromTheWorklistAndIsToldWhenSomeoneElseGotThereFirst() {
        try (Browser triager = Browser.open()) {
            triager.go(portal.url() + "/triage");
            triager.signIn("colin.reed", PASSWORD);
            assertEquals("Triage worklist", triager.heading());
            assertTrue(triager.text().contains("Joan Smith"), "the waiting referral: " + triager.text());
            assertTrue(triager.text().contains("NHS number 610 123 7656"), triager.text());
            assertTrue(triager.text().matches("(?s).*(hours?|minutes?) left.*"), "time left to respond: " + triager.text());
            triager.checkAccessibleAndKeep("triage-worklist", axe);

            triager.click("Joan Smith");
            assertEquals("Referral to Single point of access", triager.heading());
            triager.checkAccessibleAndKeep("referral", axe);

            // a colleague receives it from another screen while this page is open
            String colleague = keycloak.passwordToken("colin.reed", PASSWORD);
            String seen = given().auth().oauth2(colleague).get(referrals.url() + "/referrals/" + triagedReferral)
                    .then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(colleague).header("If-Match", seen).contentType(ContentType.JSON).body("{}")
                    .post(referrals.url() + "/referrals/" + triagedReferral + "/receive")
                    .then().statusCode(200);
            triager.choose("step-receive");
            triager.press("Record the decision");
            assertTrue(triager.text().contains("Someone else changed this referral while you were looking at it"),
                    triager.text());
            assertTrue(triager.text().contains("Received"), "shown as it is now: " + triager.text());

            triager.choose("step-reject");
            triager.press("Record the decision");
            assertTrue(triager.shows(".nhsuk-error-summary"), "a rejection needs a reason: " + triager.text());
            assertTrue(triager.isChosen("step-reject"), "the choice is kept");

            triager.choose("step-accept");
            triager.press("Record the decision");
            assertTrue(triager.text().contains("Done: accept."), triager.text());
            assertTrue(triager.text().contains("Accepted"), triager.text());
        }
        given().auth().oauth2(keycloak.passwordToken("hana.ahmed", PASSWORD))
                .get(referrals.url() + "/referrals/" + triagedReferral)
                .then().statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void theBedManagerSeesWhoHasNoCriteriaToResideTheDelayAndWhoIsAccountable() {
        try (Browser bedManager = Browser.open()) {
            bedManager.go(portal.url() + "/board?ward=ward-7");
            bedManager.signIn("hana.ahmed", PASSWORD);
            assertEquals("Discharge board: ward-7", bedManager.heading());
            String board = bedManager.text();
            assertTrue(board.contains("Northfield Hospitals NHS Trust"), board);
            assertTrue(board.contains("1 with no criteria to reside"), board);
            assertTrue(board.contains("NHS number 401 023 2137"), board);
            assertTrue(board.contains("No criteria to reside"), board);
            assertTrue(board.contains("2 delayed days"), board);
            assertTrue(board.contains("accountable: social care"), board);
            assertTrue(board.contains("Pathway 1: home with support"), board);
            assertTrue(board.contains("Waiting for: Package of care confirmed"), board);
            bedManager.checkAccessibleAndKeep("discharge-board", axe);

            bedManager.click("Today's sitrep");
            assertEquals("Daily situation report", bedManager.heading());
            assertTrue(bedManager.text().matches("(?s).*People with no criteria to reside\\s+2.*"),
                    "ward 7's and ward 8's: " + bedManager.text());
            bedManager.checkAccessibleAndKeep("sitrep", axe);
            String csv = bedManager.fetch("/sitrep.csv");
            assertTrue(csv.lines().count() > 1, "the sitrep as CSV: " + csv);
        }
    }

    @Test
    void opsSeeEachServicesBacklogLagAndDeadLettersAndAServiceThatIsDownOnItsOwnLine() {
        // careplan-service is down while ops look (the care plan pages need it up, so it starts again after)
        careplan.kill();
        try (Browser ops = Browser.open()) {
            ops.go(portal.url() + "/ops");
            ops.signIn("ops.duty", PASSWORD);
            assertEquals("The event backbone", ops.heading());
            String page = ops.text();
            for (String service : List.of("referrals-service", "identity-service", "discharge-service")) {
                assertTrue(page.matches("(?s).*" + service + " (none|\\d+) \\d+ \\d+.*"), service + " read: " + page);
            }
            assertTrue(page.contains("careplan-service Cannot be read it does not answer at its address: is it running?"),
                    "a service that is down, said as such: " + page);
            ops.checkAccessibleAndKeep("ops-backbone", axe);
        } finally {
            careplan.restart();
        }
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url() + "/ops");
            nurse.signIn("hana.ahmed", PASSWORD);
            assertTrue(nurse.text().contains("This page is for the platform's operations team"), nurse.text());
        }
    }

    @Test
    void aNurseFindsTheServiceSeesWhereAClosingOneHasMovedAndConfirmsASecondReferralWithAReason() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url() + "/refer?nhsNumber=" + REFERRED);
            nurse.signIn("hana.ahmed", PASSWORD);
            nurse.type("name", "care at home");
            nurse.press("Search");
            assertTrue(nurse.text().contains("Intermediate care at home"), nurse.text());
            assertTrue(nurse.text().contains("This service has moved to Home reablement"), "the retiring service: " + nurse.text());
            nurse.checkAccessibleAndKeep("refer-search", axe);

            nurse.click("Home reablement");
            assertEquals("Refer to Home reablement", nurse.heading());
            assertEquals(REFERRED, nurse.valueOf("nhsNumber"), "the person carried from the journey or the search");
            nurse.type("reason", "Struggling with stairs since the hip operation");
            nurse.choose("need-mobility-and-falls");
            nurse.choose("priority-urgent");
            nurse.checkAccessibleAndKeep("refer-form", axe);
            nurse.press("Send the referral");
            assertTrue(nurse.text().contains("Your referral has been sent."), nurse.text());
            assertEquals("Referral to Home reablement", nurse.heading());

            nurse.go(portal.url() + "/refer/" + reablement + "?nhsNumber=" + REFERRED);
            nurse.type("reason", "A second referral for the evening calls");
            nurse.choose("need-personal-care-and-daily-living");
            nurse.choose("priority-urgent");
            nurse.press("Send the referral");
            assertTrue(nurse.text().contains("The person already has an open referral to this service."),
                    "the duplicate is shown: " + nurse.text());
            assertEquals("A second referral for the evening calls", nurse.valueOf("reason"), "what was typed is kept");
            assertTrue(nurse.isChosen("need-personal-care-and-daily-living") && nurse.isChosen("priority-urgent"));
            nurse.type("duplicateReason", "Evening calls are a separate package");
            nurse.press("Send the referral");
            assertTrue(nurse.text().contains("Your referral has been sent."), nurse.text());
        }
        given().auth().oauth2(keycloak.passwordToken("colin.reed", PASSWORD))
                .get(referrals.url() + "/referrals?size=100")
                .then().statusCode(200)
                .body("items.findAll { it.nhsNumber == '" + REFERRED + "' }.size()", equalTo(2));
    }

    @Test
    void aNurseFindsAServiceByAreaAndAttachesAnAssessmentTheReceivingTeamReads() {
        try (Browser nurse = Browser.open()) {
            nurse.go(portal.url() + "/refer?nhsNumber=" + ASSESSED);
            nurse.signIn("hana.ahmed", PASSWORD);
            nurse.select("area", "Eastbrook");
            nurse.press("Search");
            assertTrue(nurse.text().contains("Eastbrook reablement"), nurse.text());
            assertFalse(nurse.text().contains("Adult social care front door"), "a service of another area: " + nurse.text());

            nurse.click("Eastbrook reablement");
            nurse.type("reason", "Two falls this month; lives alone");
            nurse.choose("need-mobility-and-falls");
            nurse.reveal("Attach assessments already done (optional)");
            nurse.type("assessmentTitle-1", "Falls risk assessment");
            nurse.checkAccessibleAndKeep("refer-form-assessment", axe);
            nurse.press("Send the referral");
            assertTrue(nurse.text().contains("Give the title, reference and summary of assessment 1, or leave it empty"),
                    nurse.text());
            assertEquals("Falls risk assessment", nurse.valueOf("assessmentTitle-1"), "what was typed is kept");
            nurse.type("assessmentReference-1", "FRA-2211");
            nurse.type("assessmentSummary-1", "High risk of falls; walks with a frame indoors");
            nurse.press("Send the referral");
            assertTrue(nurse.text().contains("Your referral has been sent."), nurse.text());
            String page = nurse.text();
            assertTrue(page.contains("Assessments sent with it"), page);
            assertTrue(page.contains("Falls risk assessment"), page);
            assertTrue(page.contains("Northfield Hospitals NHS Trust; their reference FRA-2211"), page);
            assertTrue(page.contains("High risk of falls; walks with a frame indoors"), page);
        }
    }

    @Test
    void theTriagerGradesTheRiskAndRedirectsTheReferralToTheCouncilWithAReason() {
        String nurse = keycloak.passwordToken("hana.ahmed", PASSWORD);
        String referral = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("nhsNumber", REDIRECTED, "name", "Arthur Price"),
                        "serviceId", singlePointOfAccess, "reason", "Cannot manage shopping or meals since his wife died",
                        "needsDomains", List.of("personal-care-and-daily-living"), "priority", "routine",
                        "consentBasis", "consent-given"))
                .post(referrals.url() + "/referrals")
                .then().statusCode(201).extract().path("id");
        try (Browser triager = Browser.open()) {
            triager.go(portal.url() + "/referrals/" + referral);
            triager.signIn("colin.reed", PASSWORD);
            assertFalse(triager.text().contains("Record the risk"), "risk is graded once received: " + triager.text());
            triager.choose("step-receive");
            triager.press("Record the decision");
            assertTrue(triager.text().contains("Done: mark as received."), triager.text());

            triager.press("Record the risk");
            assertTrue(triager.text().contains("Choose the risk: high, medium or low"), triager.text());
            triager.type("notes", "Not eating; lost weight");
            triager.choose("grade-high");
            triager.press("Record the risk");
            assertTrue(triager.text().contains("The risk grade has been recorded."), triager.text());
            assertTrue(triager.text().contains("Routine, high risk"), triager.text());
            assertTrue(triager.text().contains("Not eating; lost weight"), triager.text());

            triager.click("Redirect to another service");
            assertEquals("Redirect the referral to Single point of access", triager.heading());
            triager.select("area", "Northfield");
            triager.press("Search");
            assertTrue(triager.text().contains("Adult social care front door, Northfield Council (Northfield)"),
                    triager.text());
            triager.checkAccessibleAndKeep("referral-redirect", axe);
            triager.choose("service-1");
            triager.press("Redirect the referral");
            assertTrue(triager.text().contains("Say why the referral is better with that service"), triager.text());
            assertTrue(triager.isChosen("service-1"), "the choice is kept");
            triager.type("reason", "Needs a social care assessment for meals and shopping");
            triager.press("Redirect the referral");
            assertTrue(triager.text().contains("The referral has been redirected"), triager.text());
            assertTrue(triager.text().contains("Redirected: Needs a social care assessment for meals and shopping"),
                    triager.text());

            triager.click("the onward referral");
            assertEquals("Referral to Adult social care front door", triager.heading());
            triager.click("the referral it was redirected from");
            assertEquals("Referral to Single point of access", triager.heading());
        }
        try (Browser council = Browser.open()) {
            council.go(portal.url() + "/triage");
            council.signIn("sam.patel", PASSWORD);
            council.click("Arthur Price");
            assertEquals("Referral to Adult social care front door", council.heading());
            assertTrue(council.text().contains("From Colin Reed, Northfield Community Health NHS Trust"),
                    "sent on by the community team, by name: " + council.text());
            assertTrue(council.text().contains("Redirected by Northfield Community Health NHS Trust"), council.text());
            assertFalse(council.shows("a[href$='/referrals/" + referral + "']"),
                    "no link to a referral the council may not read: " + council.text());
            council.choose("step-receive");
            council.press("Record the decision");
            council.choose("step-accept");
            council.press("Record the decision");
            assertTrue(council.text().contains("Done: accept."), council.text());

            await().atMost(PATIENCE).until(() -> {
                council.go(portal.url() + "/people/" + REDIRECTED);
                return council.text().contains("Northfield Council (Adult front door)");
            });
            assertEquals("Journey", council.heading(), "the council now works with him and reads his journey");
        }
    }

    @Test
    void theCouncilDisputesThenAcknowledgesTheDelayWaitingOnItAndTheHospitalSeesTheSame() {
        String delay = given().auth().oauth2(keycloak.passwordToken("sam.patel", PASSWORD))
                .get(discharge.url() + "/delays/attributed")
                .then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].delay.id");
        try (Browser council = Browser.open()) {
            council.go(portal.url() + "/delays");
            council.signIn("sam.patel", PASSWORD);
            assertEquals("Hospital delays waiting on us", council.heading());
            String page = council.text();
            assertTrue(page.contains("NHS number 409 740 2358, Northfield Hospitals NHS Trust, ward-8"), page);
            assertTrue(page.contains("2 delayed days"), page);
            assertTrue(page.contains("Referral sent, not yet received: Adult social care front door, Northfield Council"), page);
            assertTrue(page.contains("Not answered yet"), page);
            council.checkAccessibleAndKeep("delays-waiting-on-us", axe);

            council.choose("dispute-" + delay);
            council.press("Send the answer");
            assertTrue(council.text().contains("Say why you dispute the delay"), council.text());
            assertTrue(council.isChosen("dispute-" + delay), "the choice is kept");
            council.type("reason-" + delay, "We were never sent the assessment");
            council.press("Send the answer");
            assertTrue(council.text().contains("The delay is disputed"), council.text());
            assertTrue(council.text().contains("Disputed \"We were never sent the assessment\" (Sam Patel"), council.text());

            council.choose("acknowledge-" + delay);
            council.type("reason-" + delay, "Assessment received; the package is being arranged");
            council.press("Send the answer");
            assertTrue(council.text().contains("The delay is acknowledged"), council.text());
            assertTrue(council.text().contains("Acknowledged \"Assessment received; the package is being arranged\""),
                    council.text());
        }
        try (Browser hospital = Browser.open()) {
            hospital.go(portal.url() + "/board?ward=ward-8");
            hospital.signIn("hana.ahmed", PASSWORD);
            String board = hospital.text();
            assertTrue(board.contains("Waiting on Northfield Council: Acknowledged"), "the same answer: " + board);
            assertTrue(board.contains("Acknowledged 2"), "its delayed days counted as acknowledged: " + board);
            hospital.checkAccessibleAndKeep("discharge-board-answered", axe);
        }
    }

    @Test
    void theCouncilsManagerSeesItsReferralsBesideTheRegionsWithSmallNumbersShownAsUnderFive() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        // the council's front door was sent the ward 8 person's referral as the platform was set up: one or two today
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(keycloak.passwordToken("nina.okafor", PASSWORD))
                .queryParam("metric", "referrals-received").queryParam("from", today).queryParam("to", today)
                .get(insights.url() + "/insights/series")
                .then().statusCode(200)
                .body("rows.find { it.scope == 'organisation' && it.group == 'LA1' }.suppressed", equalTo(true)));
        try (Browser manager = Browser.open()) {
            manager.go(portal.url());
            manager.signIn("nina.okafor", PASSWORD);
            manager.click("Insights");
            assertEquals("Insights", manager.heading());
            String page = manager.text();
            assertTrue(page.contains("Referrals received (count) by organisation"), page);
            assertTrue(page.contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.parse(today))),
                    "days in words: " + page);
            assertTrue(page.contains("Northfield Council"), "the organisation by its name: " + page);
            assertTrue(page.contains("Region"), "beside the region's totals: " + page);
            assertTrue(page.contains("<5"), "the council's few referrals today are not counted out: " + page);
            assertTrue(manager.shows("svg.carepath-chart path"), "a chart of the figures");
            manager.checkAccessibleAndKeep("insights", axe);

            String csv = manager.fetch("/insights.csv?metric=referrals-received&from=" + today + "&to=" + today
                    + "&groupBy=organisation");
            assertTrue(csv.startsWith("metric,unit,date,scope,group,value"), csv);
            assertTrue(csv.contains("referrals-received,count," + today + ",organisation,LA1,<5"), csv);
        }
    }

    @Test
    void opsReplayADeadLetterAndDiscardAnotherWithAReason() {
        String ops = keycloak.passwordToken("ops.duty", PASSWORD);
        for (String person : List.of(ASSESSED, REDIRECTED)) {
            TestKafka.get().send("care.referrals.v1", person, """
                    {"specversion": "1.0", "id": "%s", "source": "/carepath/referrals-service", "type": "referral.accepted",
                     "time": "2026-11-20T09:00:00Z", "subject": "%s", "data": 42}""".formatted(UUID.randomUUID(), person));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(ops)
                .get(identity.url() + "/ops/dead-letters")
                .then().statusCode(200).body("items.findAll { it.state == 'open' }.size()", greaterThanOrEqualTo(2)));
        try (Browser engineer = Browser.open()) {
            engineer.go(portal.url() + "/ops");
            engineer.signIn("ops.duty", PASSWORD);
            engineer.pressAfter("Dead letters of identity-service", "Discard");
            assertTrue(engineer.text().contains("Say why the dead letter is set aside for good"), engineer.text());
            engineer.checkAccessibleAndKeep("ops-dead-letters", axe);
            engineer.typeAfter("Dead letters of identity-service", "reason", "A producer bug, fixed at source");
            engineer.pressAfter("Dead letters of identity-service", "Discard");
            assertTrue(engineer.text().contains("The dead letter was set aside for good."), engineer.text());

            engineer.pressAfter("Dead letters of identity-service", "Replay to identity-service");
            assertTrue(engineer.text().contains("The dead letter was sent back to the consumer that failed."),
                    engineer.text());
        }
        given().auth().oauth2(ops).get(identity.url() + "/ops/dead-letters")
                .then().statusCode(200)
                .body("items.state", hasItem("discarded"))
                .body("items.state", hasItem("replayed"))
                .body("items.findAll { it.state == 'discarded' }.actionReason", hasItem("A producer bug, fixed at source"));
    }

    @Test
    void theCommunityCoordinatorBuildsThePlanHoldsAnMdtAndSeesTheDecisionsActionOnThePlan() {
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (Browser coordinator = Browser.open()) {
            coordinator.go(portal.url() + "/people/" + CARED_FOR);
            coordinator.signIn("colin.reed", PASSWORD);
            coordinator.click("Their care plans");
            assertEquals("Care plans", coordinator.heading());
            assertTrue(coordinator.text().contains("Not named yet"), "the draft made for the accepted referral: "
                    + coordinator.text());
            coordinator.checkAccessibleAndKeep("care-plans", axe);

            coordinator.type("summary", "Living safely at home after two falls");
            coordinator.type("need-mobility-and-falls", "Two falls this month; the stairs are hard");
            coordinator.type("goal-0-text", "I want to walk to the corner shop on my own");
            coordinator.choose("goal-0-need-mobility-and-falls");
            coordinator.press("Start the care plan");
            assertTrue(coordinator.text().contains("The care plan has been started. You are its care coordinator."),
                    coordinator.text());
            assertEquals("Care plan", coordinator.heading());
            String plan = coordinator.url().replaceAll("\\?.*", "");

            // a goal linked to a need the plan does not record: said next to the goals, with what was typed kept
            coordinator.click("Edit the needs, goals, carers and review date");
            coordinator.choose("goal-0-need-housing");
            coordinator.type("carer-0-name", "Mary Reed");
            coordinator.type("carer-0-relationship", "daughter");
            coordinator.choose("carer-0-involved");
            coordinator.type("carer-0-needs", "Works full time; would like Sundays off");
            coordinator.type("agreedBy", "The person themself");
            coordinator.type("reviewDate", typed.format(today.plusDays(28)));
            coordinator.press("Save the plan");
            assertTrue(coordinator.text().contains("A goal is linked to a need the plan does not record"),
                    coordinator.text());
            assertEquals("Mary Reed", coordinator.valueOf("carer-0-name"), "what was typed is kept");
            coordinator.checkAccessibleAndKeep("care-plan-edit-refused", axe);
            coordinator.type("need-housing", "Stairs up to the flat; asking about a ground-floor move");
            coordinator.press("Save the plan");
            assertTrue(coordinator.text().contains("The plan has been saved."), coordinator.text());
            String saved = coordinator.text();
            assertTrue(saved.contains("“I want to walk to the corner shop on my own”"), saved);
            assertTrue(saved.contains("answers: Mobility and falls; Housing"), "the needs the goal answers: " + saved);
            assertTrue(saved.contains("Mary Reed (daughter), took part in making the plan"), saved);
            assertTrue(saved.contains("Their own needs: Works full time"), saved);

            coordinator.click("Add an action");
            coordinator.type("description", "Fit a second stair rail");
            coordinator.choose("owner-0");
            coordinator.type("practitioner", "Colin Reed");
            coordinator.type("dueDate", typed.format(today.plusDays(14)));
            coordinator.checkAccessibleAndKeep("care-plan-action", axe);
            coordinator.press("Add the action");
            assertTrue(coordinator.text().contains("The action has been added to the plan."), coordinator.text());
            assertTrue(coordinator.text().contains("Colin Reed, Northfield Community Health NHS Trust"),
                    "the owner by name: " + coordinator.text());

            coordinator.choose("step-activate");
            coordinator.press("Change the status");
            assertTrue(coordinator.text().contains("The plan is active."), coordinator.text());
            coordinator.checkAccessibleAndKeep("care-plan", axe);

            coordinator.click("MDT meetings");
            assertEquals("MDT meetings", coordinator.heading());
            coordinator.checkAccessibleAndKeep("mdt-meetings", axe);
            coordinator.click("Hold a meeting");
            coordinator.type("title", "Northfield community MDT");
            coordinator.type("date", "15/01/2027");
            coordinator.type("time", "14:30");
            coordinator.checkAccessibleAndKeep("mdt-hold", axe);
            coordinator.press("Hold the meeting");
            assertEquals("Northfield community MDT", coordinator.heading());
            assertTrue(coordinator.text().contains("15 January 2027 at 14:30"), "London time: " + coordinator.text());
            String meeting = coordinator.url().replaceAll("\\?.*", "");

            coordinator.go(plan);
            coordinator.choose("meeting-0");
            coordinator.press("Add to the meeting");
            String listed = coordinator.text();
            assertTrue(listed.contains("The person is on the meeting's list."), listed);
            assertTrue(listed.contains("NHS number 485 777 3457"), listed);
            assertTrue(listed.contains("Record the person's consent to be discussed first"),
                    "no decision before consent: " + listed);
            assertFalse(coordinator.shows("#decision-0"), "the decision form waits for consent");

            coordinator.choose("consent-0-given");
            coordinator.type("summary-0", "Falls clinic agreed; Mary to come along");
            coordinator.press("Record consent and discussion");
            assertTrue(coordinator.text().contains("Consent given, recorded by Colin Reed"), coordinator.text());

            // meanwhile, from another screen, the person's consent is recorded as declined
            String colleague = keycloak.passwordToken("colin.reed", PASSWORD);
            String meetingId = meeting.substring(meeting.lastIndexOf('/') + 1);
            var listedCase = given().auth().oauth2(colleague).get(careplan.url() + "/mdt-meetings/" + meetingId)
                    .then().statusCode(200).extract();
            given().auth().oauth2(colleague).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + listedCase.path("cases[0].version") + "\"")
                    .body(Map.of("consent", "declined", "consentNote", "Changed her mind on the phone"))
                    .put(careplan.url() + "/mdt-meetings/" + meetingId + "/cases/" + listedCase.path("cases[0].id")
                            + "/discussion")
                    .then().statusCode(200);
            coordinator.type("decision-0", "Refer to the falls clinic");
            coordinator.press("Record the decision");
            assertTrue(coordinator.text().contains("The person declined to be discussed, so no decision can be recorded"),
                    "the refusal as a sentence: " + coordinator.text());
            assertEquals("Refer to the falls clinic", coordinator.valueOf("decision-0"), "what was typed is kept");

            coordinator.choose("consent-0-given");
            coordinator.type("consentNote-0", "Agreed again after talking it through with Mary");
            coordinator.type("summary-0", "Falls clinic agreed; Mary to come along");
            coordinator.press("Record consent and discussion");
            coordinator.type("decision-0", "Refer to the falls clinic");
            coordinator.type("case-0-description", "Book a falls clinic appointment");
            coordinator.choose("case-0-owner-0");
            coordinator.type("case-0-dueDate", typed.format(today.plusDays(7)));
            coordinator.checkAccessibleAndKeep("mdt-meeting", axe);
            coordinator.press("Record the decision");
            assertTrue(coordinator.text().contains("The decision has been recorded"), coordinator.text());

            coordinator.click("Their care plan");
            String decided = coordinator.text();
            assertTrue(decided.contains("Book a falls clinic appointment"), "the decision's action on the plan: " + decided);
            assertTrue(decided.contains("Refer to the falls clinic"), decided);
            assertTrue(decided.contains("at an MDT meeting"), decided);

            coordinator.click("Versions and what changed");
            assertEquals("Versions of the care plan", coordinator.heading());
            assertTrue(coordinator.text().contains("Decision at an MDT meeting: Refer to the falls clinic"),
                    coordinator.text());
            coordinator.press("Compare");
            String difference = coordinator.text();
            assertTrue(difference.matches("(?s).*What changed from version \\d+ to version \\d+.*"), difference);
            assertTrue(difference.contains("Action: Book a falls clinic appointment"), difference);
            assertFalse(difference.contains("actions["), "no paths where words will do: " + difference);
            coordinator.checkAccessibleAndKeep("care-plan-versions", axe);
        }
    }

    /** The realm as the launcher imports it, with the portal's test port among its client's redirect addresses. */
    private static Path realmLettingThePortalIn(int portalPort) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(REPOSITORY.resolve("deploy/keycloak/carepath-realm.json").toFile());
        realm.withArray("clients").forEach(client -> {
            if (client.path("clientId").asText().equals("carepath-portal")) {
                ((ArrayNode) client.get("redirectUris")).add("http://127.0.0.1:" + portalPort + "/*");
                ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", "http://127.0.0.1:" + portalPort + "/*");
            }
        });
        Path file = TMP.resolve("carepath-realm-portal.json");
        json.writeValue(file.toFile(), realm);
        return file;
    }

    /** An admission to ward 7 two days ago, no longer meeting the criteria to reside, waiting for a care package. */
    private static void theWardHasSomeoneWaitingForACarePackage() {
        String coordinator = keycloak.passwordToken("hana.ahmed", PASSWORD);
        // noon two days ago in London: two delayed (care) days whatever the time of day the test runs
        ZoneId london = ZoneId.of("Europe/London");
        Instant twoDaysAgo = LocalDate.now(london).minusDays(2).atTime(12, 0).atZone(london).toInstant();
        var admitted = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", NOBODY_KNOWN, "ward", "ward-7", "bed", "12", "admittedAt",
                        twoDaysAgo.minus(Duration.ofDays(3)).toString(), "admissionMethod", "emergency"))
                .post(discharge.url() + "/episodes")
                .then().statusCode(201).extract();
        String episode = admitted.path("id");
        String version = admitted.header("ETag");
        version = step(coordinator, version, "/episodes/" + episode + "/criteria-to-reside",
                Map.of("meetsCriteria", false, "at", twoDaysAgo.toString()), false);
        version = step(coordinator, version, "/episodes/" + episode + "/delays",
                Map.of("code", "E", "sector", "social-care", "start", twoDaysAgo.toString()), false);
        version = step(coordinator, version, "/episodes/" + episode + "/pathway", Map.of("pathway", 1), true);
        step(coordinator, version, "/episodes/" + episode + "/milestones/package-of-care-confirmed",
                Map.of("status", "in-progress", "ownerOrganisation", "LA1"), true);
    }

    private static String step(String token, String version, String path, Map<String, Object> body, boolean put) {
        var request = given().auth().oauth2(token).header("If-Match", version).contentType(ContentType.JSON).body(body);
        return (put ? request.put(discharge.url() + path) : request.post(discharge.url() + path))
                .then().statusCode(200).extract().header("ETag");
    }

    /** A council service in Northfield and a community one in Eastbrook: a search by area tells them apart. */
    private static void theDirectoryHasServicesInTwoAreas() {
        String admin = keycloak.passwordToken("carepath.admin", PASSWORD);
        for (List<String> organisation : List.of(List.of("LA1", "Northfield Council", "social-care", "Northfield"),
                List.of("RY2", "Eastbrook Community Health", "community", "Eastbrook"))) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", organisation.get(1), "sector", organisation.get(2), "area", organisation.get(3)))
                    .put(referrals.url() + "/directory/organisations/" + organisation.get(0))
                    .then().statusCode(200);
        }
        for (List<String> service : List.of(List.of("LA1", "Adult social care front door", "adult-front-door", "Northfield"),
                List.of("RY2", "Eastbrook reablement", "reablement", "Eastbrook"))) {
            String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("organisation", service.get(0), "name", service.get(1), "team", service.get(2),
                            "area", service.get(3), "responseTargets", Map.of("routine", "5 working days")))
                    .post(referrals.url() + "/directory/services")
                    .then().statusCode(201)
                    .extract().path("id");
            if (service.get(0).equals("LA1")) {
                councilFrontDoor = id;
            }
        }
    }

    /**
     * Someone on ward 8 with no criteria to reside since two days ago, their delay (a care package, social care)
     * linked to the referral the hospital sent the council's front door.
     */
    private static void aPersonOnWard8WaitsOnTheCouncilsReferral() {
        String nurse = keycloak.passwordToken("hana.ahmed", PASSWORD);
        String referral = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("nhsNumber", WAITING, "name", "Mary Jones"), "serviceId", councilFrontDoor,
                        "reason", "Needs a package of care to go home", "needsDomains", List.of("personal-care-and-daily-living"),
                        "priority", "routine", "consentBasis", "consent-given"))
                .post(referrals.url() + "/referrals")
                .then().statusCode(201).extract().path("id");
        ZoneId london = ZoneId.of("Europe/London");
        Instant twoDaysAgo = LocalDate.now(london).minusDays(2).atTime(12, 0).atZone(london).toInstant();
        var admitted = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", WAITING, "ward", "ward-8", "bed", "3", "admittedAt",
                        twoDaysAgo.minus(Duration.ofDays(4)).toString(), "admissionMethod", "emergency"))
                .post(discharge.url() + "/episodes")
                .then().statusCode(201).extract();
        String episode = admitted.path("id");
        String version = step(nurse, admitted.header("ETag"), "/episodes/" + episode + "/criteria-to-reside",
                Map.of("meetsCriteria", false, "at", twoDaysAgo.toString()), false);
        Map<String, Object> delay = Map.of("code", "E", "sector", "social-care", "start", twoDaysAgo.toString(),
                "waitingOn", Map.of("referralId", referral));
        String seen = version;
        // discharge-service links a referral once care.referrals.v1 has told it of it
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(nurse).header("If-Match", seen)
                .contentType(ContentType.JSON).body(delay)
                .post(discharge.url() + "/episodes/" + episode + "/delays")
                .then().statusCode(200));
    }

    /**
     * A referral of {@link #CARED_FOR} to the community trust's district nurses, accepted: careplan-service drafts a
     * plan for it, with no coordinator yet, and the trust may now start its own without saying why.
     */
    private static void theCommunityTrustHasAcceptedAReferralOfSomeoneWithNoPlanOfItsOwn() {
        String admin = keycloak.passwordToken("carepath.admin", PASSWORD);
        String districtNursing = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "District nursing", "team", "district-nursing",
                        "responseTargets", Map.of("urgent", "PT24H")))
                .post(referrals.url() + "/directory/services")
                .then().statusCode(201)
                .extract().path("id");
        String referral = given().auth().oauth2(keycloak.passwordToken("hana.ahmed", PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("nhsNumber", CARED_FOR, "name", "Edith Brown"), "serviceId", districtNursing,
                        "reason", "Two falls since discharge; lives alone upstairs",
                        "needsDomains", List.of("mobility-and-falls"), "priority", "urgent", "consentBasis", "consent-given"))
                .post(referrals.url() + "/referrals")
                .then().statusCode(201)
                .extract().path("id");
        String nurse = keycloak.passwordToken("colin.reed", PASSWORD);
        String version = given().auth().oauth2(nurse).get(referrals.url() + "/referrals/" + referral)
                .then().statusCode(200).extract().header("ETag");
        for (String step : List.of("receive", "accept")) {
            version = given().auth().oauth2(nurse).header("If-Match", version).contentType(ContentType.JSON).body("{}")
                    .post(referrals.url() + "/referrals/" + referral + "/" + step)
                    .then().statusCode(200).extract().header("ETag");
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(nurse)
                .get(careplan.url() + "/care-plans?nhsNumber=" + CARED_FOR)
                .then().statusCode(200).body("total", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(nurse)
                .get(identity.url() + "/persons/" + CARED_FOR + "/journey")
                .then().statusCode(200));
    }

    private static Map<String, String> serviceConfig(String database) {
        Map<String, String> config = new HashMap<>(TestPostgres.get().quarkusConfig(database));
        config.putAll(TestKafka.get().quarkusConfig());
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        return config;
    }

    private static void aHospitalNurseRefersThePersonToCommunityReablement() {
        String admin = keycloak.passwordToken("carepath.admin", PASSWORD);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Northfield Hospitals NHS Trust", "sector", "acute"))
                .put(referrals.url() + "/directory/organisations/RX1")
                .then().statusCode(200);
        reablement = Directory.addReablement(referrals.url(), admin);
        // an older service closing in a month, which has moved to home reablement
        var oldService = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Intermediate care at home", "team", "reablement",
                        "responseTargets", Map.of("urgent", "PT24H")))
                .post(referrals.url() + "/directory/services")
                .then().statusCode(201).extract();
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", oldService.header("ETag"))
                .body(Map.of("effectiveFrom", LocalDate.now(ZoneId.of("Europe/London")).plusDays(30).toString(),
                        "successorServiceId", reablement, "reason", "merged into home reablement"))
                .post(referrals.url() + "/directory/services/" + oldService.path("id") + "/retirement")
                .then().statusCode(200);
        singlePointOfAccess = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("organisation", "RY1", "name", "Single point of access", "team", "spa",
                        "responseTargets", Map.of("urgent", "PT24H", "routine", "5 working days")))
                .post(referrals.url() + "/directory/services")
                .then().statusCode(201)
                .extract().path("id");
        String nurse = keycloak.passwordToken("hana.ahmed", PASSWORD);
        triagedReferral = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("nhsNumber", TRIAGED, "name", "Joan Smith"), "serviceId", singlePointOfAccess,
                        "reason", "Lives alone; two falls this month", "needsDomains", List.of("mobility-and-falls"),
                        "priority", "urgent", "consentBasis", "consent-given"))
                .post(referrals.url() + "/referrals")
                .then().statusCode(201)
                .extract().path("id");
        referredAt = Instant.parse(given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("nhsNumber", PERSON), "serviceId", reablement,
                        "reason", "Needs help with washing and dressing after a fall",
                        "needsDomains", List.of("personal-care-and-daily-living"), "priority", "urgent",
                        "consentBasis", "consent-given"))
                .post(referrals.url() + "/referrals")
                .then().statusCode(201)
                .extract().<String>path("submittedAt"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(nurse)
                .get(identity.url() + "/persons/" + PERSON + "/journey")
                .then().statusCode(200)
                .body("entries.type", hasItem("referral.submitted")));
    }
}
