package org.carepath.identity.person;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.events.Topics;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.identity.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a hospital's patient administration system says about who the person is (ADT A28, A31, A40), as discharge-service passes it on. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class HospitalReportedPersonFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final String SOURCE = "/carepath/discharge-service";

    @Test
    void detailsFromTheHospitalFillAndReplaceWhatIsHeldAndAnEmptyFieldChangesNothing() {
        String person = TestPeople.nhsNumber();
        admitted(person);
        TestEvents.publish(TestEvents.envelope(SOURCE, person, AT, new DemographicsReported(person, Cast.HOSPITAL, "Ada",
                "Lovelace", LocalDate.of(1941, 12, 10), "LS1 4AP", AT)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse()).get("/persons/" + person)
                .then().statusCode(200).body("givenName", equalTo("Ada")).body("familyName", equalTo("Lovelace"))
                .body("dateOfBirth", equalTo("1941-12-10")).body("postcode", equalTo("LS1 4AP")));

        TestEvents.publish(TestEvents.envelope(SOURCE, person, AT.plusSeconds(60), new DemographicsReported(person,
                Cast.HOSPITAL, null, "King", null, null, AT.plusSeconds(60))));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse()).get("/persons/" + person)
                .then().statusCode(200).body("familyName", equalTo("King")).body("givenName", equalTo("Ada"))
                .body("postcode", equalTo("LS1 4AP")));
        journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.type", hasItem(DemographicsReported.TYPE));
    }

    @Test
    void aMergeFromTheHospitalJoinsTheRecordsOnceWithNoMemberOfStaffNamed() {
        String survivor = TestPeople.nhsNumber();
        String merged = TestPeople.nhsNumber();
        admitted(merged);
        var merge = TestEvents.envelope(SOURCE, survivor, AT, new PatientRecordsMerged(survivor, merged, Cast.HOSPITAL, AT, AT));
        TestEvents.publish(merge);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Staff.hospitalNurse()).get("/persons/" + merged)
                .then().statusCode(200).body("nhsNumber", equalTo(survivor)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), survivor).statusCode(200)
                .body("entries.type", hasItem("identity.person-merged")));

        // the hospital's system sends the merge again (a new event): the records are already one
        TestEvents.publish(TestEvents.envelope(SOURCE, survivor, AT.plusSeconds(5),
                new PatientRecordsMerged(survivor, merged, Cast.HOSPITAL, AT, AT.plusSeconds(5))));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), survivor).statusCode(200)
                .body("entries.findAll { it.type == 'discharge.patient-records-merged' }.size()", equalTo(2)));
        List<JsonNode> joined = TestKafka.get().records(Topics.IDENTITY).stream()
                .filter(record -> survivor.equals(record.key()))
                .map(record -> TestEvents.read(record.value()).path("data"))
                .toList();
        assertEquals(1, joined.size(), "one identity.person-merged: " + joined);
        assertEquals(merged, joined.get(0).path("retiredNhsNumber").asText());
        assertTrue(joined.get(0).path("by").isNull(), "no member of staff merged them: " + joined.get(0));
        assertTrue(joined.get(0).path("reason").asText().contains(Cast.HOSPITAL), joined.get(0).toString());
    }

    /** The hospital's relationship with the person, so its staff may read them. */
    private static void admitted(String person) {
        TestEvents.publish(TestEvents.envelope(SOURCE, person, AT, new PatientAdmitted(UUID.randomUUID(), person,
                Cast.HOSPITAL, "ward-7", null, "emergency", AT, null, null, AT)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200));
    }
}
