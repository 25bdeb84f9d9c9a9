package org.carepath.discharge.adt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.events.Topics;
import org.carepath.platform.api.Limits;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** ADT from a hospital system over a real MLLP socket and over HTTP: each trigger, cancels, a duplicate, and refusals. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class AdtFlowTest {

    @Inject
    MllpListener listener;

    @Test
    void eachTriggerOverMllpMovesTheEpisodeAndTheSameMessageTwiceIsAppliedOnce() throws Exception {
        String person = TestPeople.nhsNumber();
        String visit = "V" + person;
        try (var pas = new MllpClient(listener.port())) {
            String a01 = Hl7.a01("RX1", "A01-" + person, person, visit, "ward-7", "B12", "20261120093000");
            assertAck(pas.send(a01), "AA", "A01-" + person);
            assertAck(pas.send(a01), "AA", "A01-" + person);
            String id = onlyEpisode(person).getString("items[0].id");
            Episodes.get(id, Staff.wardNurse()).statusCode(200)
                    .body("visitNumber", equalTo(visit)).body("ward", equalTo("ward-7")).body("bed", equalTo("B12"))
                    .body("admittedAt", equalTo("2026-11-20T09:30:00Z")).body("admissionMethod", equalTo("emergency"));

            assertAck(pas.send(Hl7.adt("A02", "RX1", "A02-" + person, person, visit, "ward-9", "C3", "", "")), "AA", null);
            assertAck(pas.send(Hl7.adt("A08", "RX1", "A08-" + person, person, visit, "ward-9", "C4", "", "")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("ward", equalTo("ward-9")).body("bed", equalTo("C4"))
                    .body("wardStays", hasSize(2));

            assertAck(pas.send(Hl7.adt("A03", "RX1", "A03-" + person, person, visit, "ward-9", "C4", "20261121140000",
                    "HOME")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("status", equalTo("discharged"))
                    .body("dischargedAt", equalTo("2026-11-21T14:00:00Z")).body("destination", equalTo("HOME"));
            assertAck(pas.send(Hl7.adt("A13", "RX1", "A13-" + person, person, visit, "ward-9", "C4", "", "")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("status", equalTo("admitted"))
                    .body("undone[0].what", equalTo("discharge"));
            assertAck(pas.send(Hl7.adt("A11", "RX1", "A11-" + person, person, visit, "ward-9", "C4", "", "")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("status", equalTo("cancelled"));

            String late = pas.send(Hl7.adt("A02", "RX1", "A02b-" + person, person, visit, "ward-3", null, "", ""));
            assertAck(late, "AE", "A02b-" + person);
            assertTrue(late.contains("cancelled"), late);
        }
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.transferred", "discharge.discharged",
                "discharge.cancelled", "discharge.cancelled");
    }

    @Test
    void theExpectedDischargeDateFromPv2IsKeptFromPasAndACancelledTransferPutsThePersonBack() throws Exception {
        String person = TestPeople.nhsNumber();
        String visit = "VE" + person;
        try (var pas = new MllpClient(listener.port())) {
            assertAck(pas.send(Hl7.withExpectedDischarge(
                    Hl7.a01("RX1", "E1-" + person, person, visit, "ward-7", "B1", "20261120093000"), "20261125")), "AA", null);
            String id = onlyEpisode(person).getString("items[0].id");
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("expectedDischargeDate", equalTo("2026-11-25"))
                    .body("eddChanges", hasSize(1)).body("eddChanges[0].reason", equalTo("from PAS"));

            String a08 = Hl7.adt("A08", "RX1", "E2-" + person, person, visit, "ward-7", "B1", "", "");
            assertAck(pas.send(Hl7.withExpectedDischarge(a08, "20261127")), "AA", null);
            // the same date again is no change
            assertAck(pas.send(Hl7.withExpectedDischarge(a08.replace("E2-", "E3-"), "20261127")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("expectedDischargeDate", equalTo("2026-11-27"))
                    .body("eddChanges", hasSize(2)).body("eddChanges[1].from", equalTo("2026-11-25"))
                    .body("eddChanges[1].reason", equalTo("from PAS"));

            String noTransfer = pas.send(Hl7.adt("A12", "RX1", "E4-" + person, person, visit, "ward-7", "B1", "", ""));
            assertAck(noTransfer, "AE", "E4-" + person);
            assertTrue(noTransfer.contains("no transfer to cancel"), noTransfer);
            assertAck(pas.send(Hl7.adt("A02", "RX1", "E5-" + person, person, visit, "ward-9", "C3", "", "")), "AA", null);
            assertAck(pas.send(Hl7.adt("A12", "RX1", "E6-" + person, person, visit, "ward-9", "C3", "", "")), "AA", null);
            Episodes.get(id, Staff.wardNurse()).statusCode(200).body("ward", equalTo("ward-7")).body("bed", equalTo("B1"))
                    .body("wardStays", hasSize(1)).body("wardStays[0].to", equalTo(null))
                    .body("undone[0].what", equalTo("transfer"));
        }
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.edd-changed", "discharge.transferred",
                "discharge.cancelled");
        assertEquals("transfer", eventData(person, "discharge.cancelled").path("cancelled").asText());
    }

    @Test
    void a40MovesTheHospitalsEpisodesToTheSurvivorAndTellsIdentityA28AndA31PassOnTheDetails() throws Exception {
        String survivor = TestPeople.nhsNumber();
        String merged = TestPeople.nhsNumber();
        try (var pas = new MllpClient(listener.port())) {
            assertAck(pas.send(Hl7.a01("RX1", "M1-" + merged, merged, "VM" + merged, "ward-7", null, "20261120093000")),
                    "AA", null);
            assertAck(pas.send(Hl7.merge("RX1", "M2-" + merged, survivor, merged)), "AA", "M2-" + merged);
            onlyEpisode(survivor);
            given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", merged).get("/episodes")
                    .then().statusCode(200).body("total", equalTo(0));

            String itself = pas.send(Hl7.merge("RX1", "M3-" + merged, survivor, survivor));
            assertAck(itself, "AR", "M3-" + merged);
            assertTrue(itself.contains("cannot be merged into itself"), itself);
            String noMrg = pas.send(Hl7.merge("RX1", "M4-" + merged, survivor, merged).replace(merged + "^^^NHS^NH~", ""));
            assertTrue(noMrg.contains("MSA|AR|M4-" + merged + "|MRG-1 has no NHS number"), noMrg);

            assertAck(pas.send(Hl7.person("A28", "RX1", "P1-" + survivor, survivor, "LOVELACE", "ADA", "19411210",
                    "LS1 4AP")), "AA", "P1-" + survivor);
            assertAck(pas.send(Hl7.person("A31", "RX1", "P2-" + survivor, survivor, "KING", "", "", "")), "AA", null);
            String tooLong = pas.send(Hl7.person("A31", "RX1", "P3-" + survivor, survivor, "K".repeat(101), "", "", ""));
            assertAck(tooLong, "AE", "P3-" + survivor);
            assertTrue(tooLong.contains("PID-5.1 (family name) has 101 characters"), tooLong);
        }
        Episodes.awaitEvents(survivor, "discharge.patient-records-merged", "discharge.demographics-reported",
                "discharge.demographics-reported");
        JsonNode merge = eventData(survivor, "discharge.patient-records-merged");
        assertEquals(merged, merge.path("mergedNhsNumber").asText());
        assertEquals("RX1", merge.path("hospital").asText());
        List<JsonNode> details = events(survivor, "discharge.demographics-reported");
        assertEquals("ADA", details.get(0).path("givenName").asText());
        assertEquals("LOVELACE", details.get(0).path("familyName").asText());
        assertEquals("1941-12-10", details.get(0).path("dateOfBirth").asText());
        assertEquals("LS1 4AP", details.get(0).path("postcode").asText());
        // an A31 that leaves a field empty changes only what it gives
        assertEquals("KING", details.get(1).path("familyName").asText());
        assertTrue(details.get(1).path("givenName").isNull() && details.get(1).path("postcode").isNull(), details.get(1).toString());
    }

    @Test
    void aMessageCarePathCannotTakeIsRefusedWithTheReason() throws Exception {
        String person = TestPeople.nhsNumber();
        try (var pas = new MllpClient(listener.port())) {
            String noNhsNumber = Hl7.a01("RX1", "X1-" + person, person, "V1", "ward-7", null, "20261120093000")
                    .replace("~" + person + "^^^NHS^NH", "");
            String missing = pas.send(noNhsNumber);
            assertTrue(missing.contains("MSA|AR|X1-" + person + "|PID-3 has no NHS number"), missing);
            assertTrue(missing.contains("ERR|||101^"), "required field missing: " + missing);
            String badCheckDigit = Hl7.a01("RX1", "X2-" + person, "9434765918", "V2", "ward-7", null, "20261120093000");
            assertTrue(pas.send(badCheckDigit).contains("Modulus 11"));
            String otherHospital = Hl7.a01("RY1", "X3-" + person, person, "V3", "ward-7", null, "20261120093000");
            assertTrue(pas.send(otherHospital).contains("MSA|AR|X3-" + person + "|this channel may send for [RX1] only"));
            assertTrue(pas.send("not an HL7 message at all").contains("MSA|AR||not an HL7 v2 message"));
            String query = Hl7.adt("A04", "RX1", "X4-" + person, person, "V4", "ward-7", null, "", "");
            String unsupported = pas.send(query);
            assertTrue(unsupported.contains("is not applied here") && unsupported.contains("ERR|||201^"), unsupported);
        }
        given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void overHttpAnIntegrationClientSendsForItsOwnHospitalOnly() {
        String person = TestPeople.nhsNumber();
        String a01 = Hl7.a01("RX1", "H1-" + person, person, "VH" + person, "ward-7", null, "20261120093000");

        String ack = given().auth().oauth2(Staff.integration("RX1")).contentType("application/hl7-v2").body(bytes(a01))
                .post("/adt").then().statusCode(200).contentType(containsString("application/hl7-v2"))
                .extract().asString();
        assertAck(ack, "AA", "H1-" + person);
        String refused = given().auth().oauth2(Staff.integration("RY1")).contentType("application/hl7-v2")
                .body(bytes(a01.replace("H1-", "H2-"))).post("/adt").then().statusCode(200).extract().asString();
        assertAck(refused, "AR", "H2-" + person);
        given().auth().oauth2(Staff.wardNurse()).contentType("application/hl7-v2").body(bytes(a01)).post("/adt")
                .then().statusCode(403);
        given().contentType("application/hl7-v2").body(bytes(a01)).post("/adt").then().statusCode(401);
        onlyEpisode(person);
        Episodes.awaitEvents(person, "discharge.admitted");
    }

    @Test
    void aFieldLongerThanItsColumnIsAnAeAndAnOversizedMessageAnArNothingCutShort() throws Exception {
        String person = TestPeople.nhsNumber();
        try (var pas = new MllpClient(listener.port())) {
            String longWard = pas.send(Hl7.a01("RX1", "L1-" + person, person, "VL" + person, "w".repeat(Limits.WARD + 1),
                    null, "20261120093000"));
            assertAck(longWard, "AE", "L1-" + person);
            assertTrue(longWard.contains("PV1-3.1 (ward) has " + (Limits.WARD + 1) + " characters"), longWard);
            assertTrue(longWard.contains("ERR|||102^"), "data type error: " + longWard);
        }
        String padded = Hl7.a01("RX1", "L2-" + person, person, "VL" + person, "ward-7", null, "20261120093000")
                + "NTE|1||" + "n".repeat(Limits.HL7_MESSAGE) + "\r";
        String oversized = given().auth().oauth2(Staff.integration("RX1")).contentType("application/hl7-v2")
                .body(bytes(padded)).post("/adt").then().statusCode(200).extract().asString();
        assertAck(oversized, "AR", "L2-" + person);
        given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anImpossibleOrFutureTimeIsAnArWithAnErrNamingTheFieldAndNothingIsStored() throws Exception {
        String person = TestPeople.nhsNumber();
        try (var pas = new MllpClient(listener.port())) {
            String notADay = pas.send(Hl7.a01("RX1", "D1-" + person, person, "VD" + person, "ward-7", null, "202502301200"));
            assertAck(notADay, "AR", "D1-" + person);
            assertTrue(notADay.contains("PV1-44 (admit date/time) '202502301200' is not a real date"), notADay);
            assertTrue(notADay.contains("ERR||PV1^1^44|102^"), notADay);
            String yearZero = pas.send(Hl7.a01("RX1", "D2-" + person, person, "VD" + person, "ward-7", null, "000001010000"));
            assertAck(yearZero, "AR", "D2-" + person);
            assertTrue(yearZero.contains("outside the years 1850-2199"), yearZero);
            String future = pas.send(Hl7.a01("RX1", "D3-" + person, person, "VD" + person, "ward-7", null, "209901011200"));
            assertAck(future, "AR", "D3-" + person);
            assertTrue(future.contains("is in the future") && future.contains("ERR||PV1^1^44|102^"), future);
            String nul = pas.send(Hl7.a01("RX1", "D4-" + person, person, "VD" + person, "ward\u00007", null, "20261120093000"));
            assertAck(nul, "AE", "D4-" + person);
            assertTrue(nul.contains("PV1-3.1 (ward) contains a control character"), nul);
        }
        given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMessageTheDatabaseRefusesIsAnAeInPlainWordsWithNoSql() {
        String person = TestPeople.nhsNumber();
        String other = TestPeople.nhsNumber();
        String visit = "VS" + person;
        String first = send(Hl7.a01("RX1", "S1-" + person, person, visit, "ward-7", null, "20261120093000"));
        assertAck(first, "AA", "S1-" + person);

        // another person under the same visit number: the unique index refuses the insert
        String refused = send(Hl7.a01("RX1", "S2-" + person, other, visit, "ward-7", null, "20261120093000"));

        assertAck(refused, "AE", "S2-" + person);
        assertTrue(refused.contains("could not record it just now; send it again"), refused);
        for (String leak : List.of("constraint", "duplicate key", "inpatient_episode", "Exception", "ERROR:", "org.")) {
            assertFalse(refused.contains(leak), leak + " in " + refused);
        }
    }

    private static String send(String message) {
        return given().auth().oauth2(Staff.integration("RX1")).contentType("application/hl7-v2").body(bytes(message))
                .post("/adt").then().statusCode(200).extract().asString();
    }

    /** A sender that never ends its frame gets an AR once the frame passes what a message may be, and the listener goes on. */
    @Test
    void aFrameThatNeverEndsIsRefusedOnceTooLongAndTheListenerServesTheNextSender() throws Exception {
        int maxFrameBytes = 3 * Limits.HL7_MESSAGE;
        try (var runaway = new MllpClient(listener.port())) {
            // one byte over, all of it read by the listener before it closes (unread bytes would reset the connection)
            String refused = runaway.sendWithoutEnd(maxFrameBytes + 1);
            assertAck(refused, "AR", null);
            assertTrue(refused.contains("the frame is over " + maxFrameBytes + " bytes"), refused);
            assertTrue(runaway.closedByListener(), "the rest of a frame without an end cannot be read as a message");
        }
        String person = TestPeople.nhsNumber();
        try (var pas = new MllpClient(listener.port())) {
            String a01 = Hl7.a01("RX1", "F1-" + person, person, "VF" + person, "ward-7", null, "20261120093000");
            assertAck(pas.send(a01), "AA", "F1-" + person);
        }
        onlyEpisode(person);
    }

    private static byte[] bytes(String message) {
        return message.getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> events(String person, String type) {
        return TestKafka.get().records(Topics.DISCHARGES).stream()
                .filter(record -> person.equals(record.key()))
                .map(record -> TestEvents.read(record.value()))
                .filter(event -> type.equals(event.path("type").asText()))
                .map(event -> event.path("data"))
                .toList();
    }

    private static JsonNode eventData(String person, String type) {
        return events(person, type).get(0);
    }

    private static JsonPath onlyEpisode(String person) {
        return given().auth().oauth2(Staff.wardNurse()).queryParam("nhsNumber", person).get("/episodes")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
    }

    private static void assertAck(String ack, String code, String controlId) {
        assertTrue(ack.startsWith("MSH|"), ack);
        assertTrue(ack.contains("MSA|" + code + "|" + (controlId == null ? "" : controlId)), ack);
    }
}
