package org.carepath.insights.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.insights.Fixture.FROM;
import static org.carepath.insights.Fixture.TO;
import static org.carepath.insights.Insights.everyDay;
import static org.carepath.insights.Insights.rowCount;
import static org.carepath.insights.Insights.series;
import static org.carepath.insights.Insights.shown;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.insights.Fixture;
import org.carepath.insights.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fixture's figures, worked out by hand (see {@link Fixture}), as each manager sees them. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InsightsSeriesFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void referralsReceivedPerDayForTheManagersOwnOrganisationAndTheRegionWithSmallNumbersSuppressed() {
        Fixture.published();
        Map<String, String> expected = new TreeMap<>(Map.of(
                // RY1 (reablement): r1-r6 on Mon 3 Mar; r7 and r8 on Mon 10 Mar, 2 < 5
                "organisation RY1 2025-03-03", "6",
                "organisation RY1 2025-03-10", "<5",
                // the region adds LA1's: r5's onward referral on Tue 4 Mar (1), five on Mon 17 Mar
                "region region 2025-03-03", "6",
                "region region 2025-03-04", "<5",
                "region region 2025-03-10", "<5",
                "region region 2025-03-17", "5"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(expected,
                shown(series(Staff.reablementManager(), "referrals-received", FROM, TO, "organisation"))));
        // 21 days of RY1, 21 of the region: the days with none are there as 0
        assertEquals(42, rowCount(series(Staff.reablementManager(), "referrals-received", FROM, TO, "organisation")));
    }

    @Test
    void timeToFirstResponseHasItsMedianAndP90FromFiveOrMoreReferralsOnly() {
        Fixture.published();
        // Tue 4 Mar, hours from Mon 09:00 to each first response: 24, 26, 28, 30 (rejected), 32 (redirected), 36
        //   median = (28 + 30) / 2 = 29; p90 at rank 0.9 x (6 - 1) = 4.5: 32 + 0.5 x (36 - 32) = 34
        // Mon 10 Mar: r7's 6 hours alone, 1 < 5; the region has no other response
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(
                        "organisation RY1 2025-03-04", "29", "organisation RY1 2025-03-10", "<5",
                        "region region 2025-03-04", "29", "region region 2025-03-10", "<5"),
                shown(series(Staff.reablementManager(), "first-response-hours-median", FROM, TO, "organisation"))));
        assertEquals(Map.of("organisation RY1 2025-03-04", "34", "organisation RY1 2025-03-10", "<5",
                        "region region 2025-03-04", "34", "region region 2025-03-10", "<5"),
                shown(series(Staff.reablementManager(), "first-response-hours-p90", FROM, TO, "organisation")));
        // accepted on Tue 4 Mar: r1, r2, r3, r6 = 4 referrals, too few for a median
        assertEquals(Map.of("organisation RY1 2025-03-04", "<5", "organisation RY1 2025-03-10", "<5",
                        "region region 2025-03-04", "<5", "region region 2025-03-10", "<5"),
                shown(series(Staff.reablementManager(), "acceptance-hours-median", FROM, TO, "organisation")));
    }

    @Test
    void openCaseloadPerTeamCountsAcceptedReferralsNotYetClosedAtEachDaysEnd() {
        Fixture.published();
        // four accepted Tue 4 Mar; r7 makes five from Mon 10 Mar; r1 completed Mon 17 Mar leaves four
        Map<String, String> expected = new TreeMap<>();
        expected.putAll(everyDay("organisation reablement", "2025-03-04", "2025-03-09", "<5"));
        expected.putAll(everyDay("organisation reablement", "2025-03-10", "2025-03-16", "5"));
        expected.putAll(everyDay("organisation reablement", "2025-03-17", "2025-03-23", "<5"));
        expected.putAll(everyDay("region region", "2025-03-04", "2025-03-09", "<5"));
        expected.putAll(everyDay("region region", "2025-03-10", "2025-03-16", "5"));
        expected.putAll(everyDay("region region", "2025-03-17", "2025-03-23", "<5"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(expected,
                shown(series(Staff.reablementManager(), "open-caseload", FROM, TO, "team"))));
    }

    @Test
    void delayedBedDaysCountEachDayOfADelayByReasonAndByAccountableSector() {
        Fixture.published();
        // the day a delay began is not a delayed day, the day it ended is: 5 Mar -> 12 Mar gives 6 to 12 Mar;
        // the longer one, 10 Mar -> 20 Mar, gives 11 to 20 Mar.
        // E (social care): four on 6-10 Mar, 4 + 1 = 5 on 11-12 Mar, the longer one alone on 13-20 Mar
        // A (nhs): one on 6-12 Mar
        Map<String, String> byReason = new TreeMap<>();
        byReason.putAll(everyDay("organisation E", "2025-03-06", "2025-03-10", "<5"));
        byReason.putAll(everyDay("organisation E", "2025-03-11", "2025-03-12", "5"));
        byReason.putAll(everyDay("organisation E", "2025-03-13", "2025-03-20", "<5"));
        byReason.putAll(everyDay("organisation A", "2025-03-06", "2025-03-12", "<5"));
        // the region: all six: 5 a day on 6-10 Mar, 6 on 11-12 Mar, 1 on 13-20 Mar (37 shown + 8 suppressed = 45)
        byReason.putAll(everyDay("region region", "2025-03-06", "2025-03-10", "5"));
        byReason.putAll(everyDay("region region", "2025-03-11", "2025-03-12", "6"));
        byReason.putAll(everyDay("region region", "2025-03-13", "2025-03-20", "<5"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(byReason,
                shown(series(Staff.hospitalManager(), "delayed-bed-days", FROM, TO, "reason"))));

        Map<String, String> bySector = new TreeMap<>();
        bySector.putAll(everyDay("organisation social-care", "2025-03-06", "2025-03-10", "<5"));
        bySector.putAll(everyDay("organisation social-care", "2025-03-11", "2025-03-12", "5"));
        bySector.putAll(everyDay("organisation social-care", "2025-03-13", "2025-03-20", "<5"));
        bySector.putAll(everyDay("organisation nhs", "2025-03-06", "2025-03-12", "<5"));
        bySector.putAll(everyDay("region region", "2025-03-06", "2025-03-10", "5"));
        bySector.putAll(everyDay("region region", "2025-03-11", "2025-03-12", "6"));
        bySector.putAll(everyDay("region region", "2025-03-13", "2025-03-20", "<5"));
        assertEquals(bySector, shown(series(Staff.hospitalManager(), "delayed-bed-days", FROM, TO, "sector")));
    }

    @Test
    void dischargesByPathwayReadmissionsAndOverdueActionsInTheOrganisationsLocality() {
        Fixture.published();
        // Wed 12 Mar: five on pathway 1, one on pathway 3
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(
                        "organisation 1 2025-03-12", "5", "organisation 3 2025-03-12", "<5", "region region 2025-03-12", "6"),
                shown(series(Staff.hospitalManager(), "discharges", FROM, TO, "pathway"))));
        // the hospital is in the north (its discharge team's area)
        assertEquals(Map.of("organisation north 2025-03-12", "6", "region region 2025-03-12", "6"),
                shown(series(Staff.hospitalManager(), "discharges", FROM, TO, "locality")));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(
                Map.of("organisation RX1 2025-03-19", "<5", "region region 2025-03-19", "<5"),
                shown(series(Staff.hospitalManager(), "readmissions-30-days", FROM, TO, "organisation"))));
        // five due Fri 14 Mar are overdue from Sat 15 Mar; two done Tue 18 Mar leave three
        Map<String, String> overdue = new TreeMap<>();
        overdue.putAll(everyDay("organisation south", "2025-03-15", "2025-03-17", "5"));
        overdue.putAll(everyDay("organisation south", "2025-03-18", "2025-03-23", "<5"));
        overdue.putAll(everyDay("region region", "2025-03-15", "2025-03-17", "5"));
        overdue.putAll(everyDay("region region", "2025-03-18", "2025-03-23", "<5"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(overdue,
                shown(series(Staff.councilManager(), "care-plan-actions-overdue", FROM, TO, "locality"))));
    }

    @Test
    void aManagerSeesTheirOwnOrganisationsRowsAndTheRegionNeverAnotherOrganisations() {
        Fixture.published();
        // LA1's own: r5's onward referral (1) on Tue 4 Mar, five on Mon 17 Mar; RY1's six on Mon 3 Mar only in the region
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of(
                        "organisation LA1 2025-03-04", "<5", "organisation LA1 2025-03-17", "5",
                        "region region 2025-03-03", "6", "region region 2025-03-04", "<5",
                        "region region 2025-03-10", "<5", "region region 2025-03-17", "5"),
                shown(series(Staff.councilManager(), "referrals-received", FROM, TO, "organisation"))));
        // grouped by locality, still only RY1's own referrals (all in the north) beside the region's total
        Set<String> groups = new LinkedHashSet<>(series(Staff.reablementManager(), "referrals-received", FROM, TO, "locality")
                .getList("rows.group"));
        assertEquals(Set.of("north", "region"), groups);
    }

    @Test
    void aDayIsTheLondonCalendarDay() {
        Fixture.published();
        // five submitted Sun 30 Mar 23:30 UTC: 00:30 on Mon 31 Mar in London, where summer time began that morning
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of("region region 2025-03-31", "5"),
                shown(series(Staff.councilManager(), "referrals-received", LocalDate.parse("2025-03-30"),
                        LocalDate.parse("2025-03-31"), "organisation")).entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("region"))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    @Test
    void theSameSeriesAsCsvByAcceptOrAsADownload() {
        Fixture.published();
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(Map.of("organisation 1 2025-03-12", "5",
                        "organisation 3 2025-03-12", "<5", "region region 2025-03-12", "6"),
                shown(series(Staff.hospitalManager(), "discharges", FROM, TO, "pathway"))));
        String csv = given().auth().oauth2(Staff.hospitalManager()).accept("text/csv")
                .queryParam("metric", "discharges").queryParam("from", "2025-03-12").queryParam("to", "2025-03-12")
                .queryParam("groupBy", "pathway")
                .get("/insights/series")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertEquals("""
                metric,unit,date,scope,group,value
                discharges,count,2025-03-12,organisation,1,5
                discharges,count,2025-03-12,organisation,3,<5
                discharges,count,2025-03-12,region,region,6
                """, csv);
        given().auth().oauth2(Staff.hospitalManager())
                .queryParam("metric", "discharges").queryParam("from", "2025-03-12").queryParam("to", "2025-03-12")
                .queryParam("groupBy", "pathway").queryParam("format", "csv")
                .get("/insights/series")
                .then().statusCode(200)
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"insights-discharges-pathway-2025-03-12-to-2025-03-12.csv\""))
                .body(equalTo(csv));
    }

    @Test
    void eventsDeliveredAgainChangeNothing() {
        List<CloudEvent<CareEvent>> fixture = Fixture.published();
        Map<String, Supplier<Map<String, String>>> figures = new TreeMap<>(Map.of(
                "received", () -> shown(series(Staff.reablementManager(), "referrals-received", FROM, TO, "team")),
                "first response", () -> shown(series(Staff.reablementManager(), "first-response-hours-p90", FROM, TO, "team")),
                "caseload", () -> shown(series(Staff.reablementManager(), "open-caseload", FROM, TO, "team")),
                "bed-days", () -> shown(series(Staff.hospitalManager(), "delayed-bed-days", FROM, TO, "reason")),
                "discharges", () -> shown(series(Staff.hospitalManager(), "discharges", FROM, TO, "pathway"))));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("6",
                figures.get("discharges").get().get("region region 2025-03-12")));
        Map<String, Map<String, String>> before = new HashMap<>();
        figures.forEach((name, figure) -> before.put(name, figure.get()));

        // each event again as it was, and again under a new id (a producer replaying its outbox)
        fixture.forEach(TestEvents::publish);
        fixture.forEach(event -> TestEvents.publish(Fixture.envelope(event.subject(), event.data())));
        // then, behind each person's events in their partition, a marker on a day of its own
        Set<String> people = new LinkedHashSet<>();
        fixture.stream().filter(event -> !event.type().startsWith("care-service")).forEach(event -> people.add(event.subject()));
        Instant markerDay = Instant.parse("2024-01-01T12:00:00Z");
        people.forEach(person -> TestEvents.publish(Fixture.markerReferral(person, markerDay)));
        people.forEach(person -> TestEvents.publish(Fixture.envelope(person, new PatientDischarged(UUID.randomUUID(),
                person, Cast.HOSPITAL, "ward-9", markerDay, 0, "home", 0, null, markerDay))));
        LocalDate marker = LocalDate.parse("2024-01-01");
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertEquals(String.valueOf(people.size()), shown(series(Staff.reablementManager(), "referrals-received", marker,
                    marker, "organisation")).get("region region 2024-01-01"));
            assertEquals(String.valueOf(people.size()), shown(series(Staff.hospitalManager(), "discharges", marker,
                    marker, "organisation")).get("region region 2024-01-01"));
        });
        figures.forEach((name, figure) -> assertEquals(before.get(name), figure.get(), name));
    }
}
