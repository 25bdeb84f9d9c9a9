package org.carepath.discharge.fhir;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.discharge.adt.Hl7;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Systems;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Episodes built over REST and ADT, read through the FHIR facade: an inpatient Encounter with its
 * delays as Flags, the REST API's access rules, every answer (errors too) valid R4.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirEncounterFlowTest {

    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "spa");
    /** The service reads its topics in one consumer group: on a loaded machine its first assignment can take a while. */
    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Test
    void aStayWithTransfersPathwayAndDelaysIsAnEncounterWithItsDelaysAsFlags() {
        String person = TestPeople.nhsNumber();
        String id = delayedStay(person);

        Encounter stay = read(Encounter.class, "/fhir/Encounter/" + id, Staff.wardNurse());
        assertEquals(EncounterStatus.INPROGRESS, stay.getStatus());
        assertEquals("IMP", stay.getClass_().getCode());
        assertEquals("EM", stay.getPriority().getCodingFirstRep().getCode());
        assertEquals(person, stay.getSubject().getIdentifier().getValue());
        assertEquals(Systems.NHS_NUMBER, stay.getSubject().getIdentifier().getSystem());
        assertEquals("RX1", stay.getServiceProvider().getIdentifier().getValue());
        assertEquals(Instant.parse("2026-11-01T09:00:00Z"), stay.getPeriod().getStart().toInstant());
        assertEquals(List.of("ward-7", "ward-7, bed B1", "ward-9", "ward-9, bed C3"),
                stay.getLocation().stream().map(location -> location.getLocation().getDisplay()).toList());
        assertEquals(EncounterLocationStatus.COMPLETED, stay.getLocation().get(0).getStatus());
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), stay.getLocation().get(0).getPeriod().getEnd().toInstant());
        assertEquals(EncounterLocationStatus.ACTIVE, stay.getLocation().get(2).getStatus());
        assertEquals("bd", stay.getLocation().get(3).getPhysicalType().getCodingFirstRep().getCode());
        Coding pathway = stay.getHospitalization().getDischargeDisposition().getCodingFirstRep();
        assertEquals(EpisodesAsFhir.DISCHARGE_PATHWAY + "|1", pathway.getSystem() + "|" + pathway.getCode());
        assertEquals("Pathway 1 (planned)", stay.getHospitalization().getDischargeDisposition().getText());
        Extension edd = stay.getExtensionByUrl(EpisodesAsFhir.EXPECTED_DISCHARGE_DATE);
        assertEquals("2036-11-30", ((DateType) edd.getExtensionByUrl("date").getValue()).getValueAsString());
        assertEquals("awaiting scan", edd.getExtensionByUrl("source").getValue().primitiveValue());

        Bundle flags = search("/fhir/Flag", Staff.wardNurse(), "encounter", "Encounter/" + id);
        assertEquals(2, flags.getTotal());
        Flag current = (Flag) flags.getEntry().get(0).getResource();
        Flag ended = (Flag) flags.getEntry().get(1).getResource();
        assertEquals(FlagStatus.ACTIVE, current.getStatus());
        assertEquals("E", current.getCode().getCodingFirstRep().getCode());
        assertEquals(Systems.carePath("delay-reason:england"), current.getCode().getCodingFirstRep().getSystem());
        assertEquals("Care package in own home", current.getCode().getText());
        assertEquals("social-care", ((Coding) current.getExtensionByUrl(EpisodesAsFhir.SECTOR).getValue()).getCode());
        assertEquals("Encounter/" + id, current.getEncounter().getReference());
        assertNull(current.getPeriod().getEnd());
        assertEquals(FlagStatus.INACTIVE, ended.getStatus());
        assertEquals("A", ended.getCode().getCodingFirstRep().getCode());
        assertEquals(Instant.parse("2026-11-08T09:00:00Z"), ended.getPeriod().getEnd().toInstant());
        assertEquals("Care Act assessment", ended.getExtensionByUrl(EpisodesAsFhir.DELAY_NOTES).getValue().primitiveValue());

        Flag again = read(Flag.class, "/fhir/Flag/" + ended.getIdElement().getIdPart(), Staff.wardNurse());
        assertEquals(ended.getPeriod().getEnd(), again.getPeriod().getEnd());
        Bundle active = search("/fhir/Flag", Staff.wardNurse(), "patient:identifier", Systems.NHS_NUMBER + "|" + person,
                "status", "active");
        assertEquals(List.of(current.getIdElement().getIdPart()), ids(active));

        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("at", "2026-11-10T12:00:00Z", "pathway", 2,
                "destination", "community hospital")).statusCode(200);
        Encounter left = read(Encounter.class, "/fhir/Encounter/" + id, Staff.wardNurse());
        assertEquals(EncounterStatus.FINISHED, left.getStatus());
        assertEquals(Instant.parse("2026-11-10T12:00:00Z"), left.getPeriod().getEnd().toInstant());
        assertEquals("2", left.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode());
        assertEquals("Pathway 2 (left on)", left.getHospitalization().getDischargeDisposition().getText());
        assertEquals("1", ((Coding) left.getExtensionByUrl(EpisodesAsFhir.PLANNED_PATHWAY).getValue()).getCode());
        assertEquals("community hospital", left.getHospitalization().getDestination().getDisplay());
        assertEquals("5", left.getExtensionByUrl(EpisodesAsFhir.DELAYED_DAYS).getValue().primitiveValue(),
                "London days 6 to 10 November: the clock started on the 5th and stopped at the discharge");
        assertEquals(0, search("/fhir/Flag", Staff.wardNurse(), "encounter", id, "status", "active").getTotal());
        assertEquals(2, search("/fhir/Flag", Staff.wardNurse(), "encounter", id, "status", "inactive").getTotal());
    }

    @Test
    void anAdmissionFromThePasCarriesItsExpectedDischargeDateFromPas() {
        String person = TestPeople.nhsNumber();
        String a01 = Hl7.withExpectedDischarge(Hl7.a01("RX1", "FHIR-" + person, person, "V" + person, "ward-3", "A4",
                "20261120093000"), "20261128");
        given().auth().oauth2(Staff.integration("RX1")).contentType("application/hl7-v2")
                .body(a01.getBytes(StandardCharsets.UTF_8)).post("/adt").then().statusCode(200);

        Bundle found = search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", Systems.NHS_NUMBER + "|" + person);
        assertEquals(1, found.getTotal());
        Encounter stay = (Encounter) found.getEntryFirstRep().getResource();
        Extension edd = stay.getExtensionByUrl(EpisodesAsFhir.EXPECTED_DISCHARGE_DATE);
        assertEquals("2026-11-28", ((DateType) edd.getExtensionByUrl("date").getValue()).getValueAsString());
        assertEquals("from PAS", edd.getExtensionByUrl("source").getValue().primitiveValue());
        assertEquals("V" + person, stay.getIdentifierFirstRep().getValue());
        assertEquals("VN", stay.getIdentifierFirstRep().getType().getCodingFirstRep().getCode());
    }

    @Test
    void aThirdOrganisationFindsNothingAndReadsNothingWhileAnAcceptingOneReadsTheOpenStay() {
        String person = TestPeople.nhsNumber();
        String id = delayedStay(person);
        String flag = ids(search("/fhir/Flag", Staff.wardNurse(), "encounter", id)).get(0);
        String subject = Systems.NHS_NUMBER + "|" + person;

        outcome(given().auth().oauth2(Staff.outsider()).get("/fhir/Encounter/" + id).then().statusCode(404).extract(),
                OperationOutcome.IssueType.NOTFOUND);
        outcome(given().auth().oauth2(Staff.outsider()).get("/fhir/Flag/" + flag).then().statusCode(404).extract(),
                OperationOutcome.IssueType.NOTFOUND);
        assertEquals(0, search("/fhir/Encounter", Staff.outsider(), "subject:identifier", subject).getTotal());
        assertEquals(0, search("/fhir/Encounter", Staff.outsider(), "_id", id).getTotal());
        assertEquals(0, search("/fhir/Flag", Staff.outsider(), "subject:identifier", subject).getTotal());
        assertEquals(0, search("/fhir/Flag", Staff.outsider(), "encounter", "Encounter/" + id).getTotal());

        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralAccepted(UUID.randomUUID(), person, TRIAGER, UUID.randomUUID(), "Home reablement", Cast.COMMUNITY,
                        "reablement", Cast.HOSPITAL, Instant.now())));
        await().atMost(CONSUMED).untilAsserted(() -> given().auth().oauth2(Staff.communityCoordinator())
                .get("/fhir/Encounter/" + id).then().statusCode(200));
        assertEquals(1, search("/fhir/Encounter", Staff.communityCoordinator(), "patient.identifier", subject).getTotal());
        assertEquals(2, search("/fhir/Flag", Staff.communityCoordinator(), "subject:identifier", subject).getTotal());
        read(Flag.class, "/fhir/Flag/" + flag, Staff.communityCoordinator());

        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("pathway", 1)).statusCode(200);
        outcome(given().auth().oauth2(Staff.communityCoordinator()).get("/fhir/Encounter/" + id).then().statusCode(404)
                .extract(), OperationOutcome.IssueType.NOTFOUND);
        outcome(given().auth().oauth2(Staff.communityCoordinator()).get("/fhir/Flag/" + flag).then().statusCode(404)
                .extract(), OperationOutcome.IssueType.NOTFOUND);
        assertEquals(0, search("/fhir/Flag", Staff.communityCoordinator(), "subject:identifier", subject).getTotal());
    }

    @Test
    void searchesByStatusWardAndLastUpdatedPageThroughBundleLinks() {
        String person = TestPeople.nhsNumber();
        String subject = Systems.NHS_NUMBER + "|" + person;
        for (String day : List.of("2026-09-01", "2026-09-10")) {
            String earlier = Episodes.admit(Staff.wardNurse(), person, day + "T09:00:00Z", "elective");
            Episodes.post(earlier, "/discharge", Staff.dischargeCoordinator(), Map.of("at", day + "T18:00:00Z", "pathway", 0))
                    .statusCode(200);
        }
        String open = Episodes.admit(Staff.wardNurse(), person, "2026-09-20T09:00:00Z", "elective");

        Bundle first = search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject, "_count", "2");
        assertEquals(3, first.getTotal());
        assertEquals(2, first.getEntry().size());
        assertEquals(open, first.getEntryFirstRep().getResource().getIdElement().getIdPart(), "newest admission first");
        assertNull(first.getLink("previous"));
        Bundle second = TestFhir.context().newJsonParser().parseResource(Bundle.class, valid(given().auth()
                .oauth2(Staff.wardNurse()).urlEncodingEnabled(false).get(first.getLink("next").getUrl())
                .then().statusCode(200).extract()).asString());
        assertEquals(1, second.getEntry().size());
        assertNull(second.getLink("next"));
        assertTrue(second.getLink("previous").getUrl().contains("_page=0"), second.getLink("previous").getUrl());

        assertEquals(List.of(open), ids(search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject,
                "status", "in-progress")));
        assertEquals(2, search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject, "status", "finished")
                .getTotal());
        assertEquals(0, search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject, "status", "planned")
                .getTotal());
        assertEquals(3, search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject, "ward", "ward-7")
                .getTotal());
        assertEquals(List.of(open), ids(search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject,
                "ward", "ward-7", "status", "in-progress")));
        assertEquals(0, search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject, "ward", "ward-99")
                .getTotal());

        String updated = read(Encounter.class, "/fhir/Encounter/" + open, Staff.wardNurse()).getMeta()
                .getLastUpdatedElement().getValueAsString();
        assertEquals(List.of(open), ids(search("/fhir/Encounter", Staff.wardNurse(), "subject:identifier", subject,
                "_lastUpdated", "ge" + updated)));
        assertEquals(0, search("/fhir/Encounter", Staff.wardNurse(), "_id", open, "_lastUpdated", "gt" + updated).getTotal());
        assertEquals(1, search("/fhir/Encounter", Staff.wardNurse(), "_id", open, "_lastUpdated", "le" + updated).getTotal());
        assertEquals(0, search("/fhir/Encounter", Staff.wardNurse(), "_id", UUID.randomUUID().toString()).getTotal());
        assertEquals(0, search("/fhir/Encounter", Staff.wardNurse(), "_id", "not-an-episode").getTotal());
    }

    @Test
    void everyErrorIsAnOperationOutcome() {
        outcome(given().get("/fhir/Encounter").then().statusCode(401).header("WWW-Authenticate", "Bearer").extract(),
                OperationOutcome.IssueType.LOGIN);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("colour", "blue").get("/fhir/Encounter")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("_lastUpdated", "yesterday").get("/fhir/Flag")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("status", "admitted").get("/fhir/Encounter")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("status", "open").get("/fhir/Flag")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("subject:identifier", "urn:local|123")
                .get("/fhir/Encounter").then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("encounter", "Patient/1").get("/fhir/Flag")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("_count", "1000").get("/fhir/Flag")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        // a Flag search names one person or one stay: never a whole hospital's delays in memory
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("status", "active").get("/fhir/Flag")
                .then().statusCode(400).extract(), OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).get("/fhir/Encounter/bad_id!").then().statusCode(400).extract(),
                OperationOutcome.IssueType.INVALID);
        outcome(given().auth().oauth2(Staff.wardNurse()).get("/fhir/Encounter/not-an-episode").then().statusCode(404)
                .extract(), OperationOutcome.IssueType.NOTFOUND);
        outcome(given().auth().oauth2(Staff.wardNurse()).get("/fhir/Flag/" + UUID.randomUUID()).then().statusCode(404)
                .extract(), OperationOutcome.IssueType.NOTFOUND);
        outcome(given().auth().oauth2(Staff.wardNurse()).get("/fhir/Patient/1").then().statusCode(404).extract(),
                OperationOutcome.IssueType.NOTFOUND);
        outcome(given().auth().oauth2(Staff.wardNurse()).queryParam("_format", "turtle").get("/fhir/Encounter")
                .then().statusCode(406).extract(), OperationOutcome.IssueType.NOTSUPPORTED);
        outcome(given().auth().oauth2(Staff.wardNurse()).contentType(FhirFormat.JSON_TYPE).body("{}").post("/fhir/Encounter")
                .then().statusCode(405).extract(), OperationOutcome.IssueType.NOTSUPPORTED);

        String xml = given().auth().oauth2(Staff.wardNurse()).queryParam("_format", "xml")
                .get("/fhir/Encounter/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(xml));
        assertTrue(xml.contains("<OperationOutcome"), xml);
    }

    @Test
    void xmlAndTheCapabilityStatement() {
        String person = TestPeople.nhsNumber();
        String id = delayedStay(person);
        String encounter = given().auth().oauth2(Staff.wardNurse()).accept(FhirFormat.XML_TYPE).get("/fhir/Encounter/" + id)
                .then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(encounter));
        assertEquals(id, TestFhir.context().newXmlParser().parseResource(Encounter.class, encounter).getIdElement().getIdPart());
        String flags = given().auth().oauth2(Staff.wardNurse()).queryParam("_format", "application/fhir+xml")
                .queryParam("encounter", "Encounter/" + id).get("/fhir/Flag")
                .then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(flags));
        assertEquals(2, TestFhir.context().newXmlParser().parseResource(Bundle.class, flags).getTotal());

        var metadata = valid(given().auth().oauth2(Staff.wardNurse()).get("/fhir/metadata").then().statusCode(200).extract());
        var statement = TestFhir.context().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.CapabilityStatement.class, metadata.asString());
        assertEquals(List.of("Encounter", "Flag"),
                statement.getRestFirstRep().getResource().stream().map(resource -> resource.getType()).toList());
    }

    /**
     * Admitted on 1 November to ward-7, moved to ward-9, EDD changed twice, no criteria to reside from the
     * 5th, delay A (6th to 8th, ended) then E (from the 8th, running), pathway 1 planned; the episode's id.
     */
    private static String delayedStay(String person) {
        String id = Episodes.admit(Staff.wardNurse(), person, "2026-11-01T09:00:00Z", "emergency");
        Episodes.put(id, "/expected-discharge-date", Staff.wardNurse(), Map.of("date", "2036-11-27", "reason", "first review"))
                .statusCode(200);
        Episodes.put(id, "/expected-discharge-date", Staff.wardNurse(), Map.of("date", "2036-11-30", "reason", "awaiting scan"))
                .statusCode(200);
        Episodes.post(id, "/transfer", Staff.wardNurse(), Map.of("ward", "ward-9", "bed", "C3", "at", "2026-11-02T14:00:00Z"))
                .statusCode(200);
        Episodes.post(id, "/criteria-to-reside", Staff.wardNurse(), Map.of("meetsCriteria", false, "at", "2026-11-05T10:00:00Z"))
                .statusCode(200);
        String delay = Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "A", "sector", "social-care",
                        "start", "2026-11-06T09:00:00Z", "notes", "Care Act assessment"))
                .statusCode(200).extract().path("delays[0].id");
        Episodes.post(id, "/delays/" + delay + "/end", Staff.dischargeCoordinator(), Map.of("end", "2026-11-08T09:00:00Z"))
                .statusCode(200);
        Episodes.post(id, "/delays", Staff.dischargeCoordinator(), Map.of("code", "E", "sector", "social-care",
                "start", "2026-11-08T09:00:00Z")).statusCode(200);
        Episodes.put(id, "/pathway", Staff.dischargeCoordinator(), Map.of("pathway", 1)).statusCode(200);
        return id;
    }

    private static <T extends Resource> T read(Class<T> type, String path, String token) {
        var answer = valid(given().auth().oauth2(token).get(path).then().log().ifValidationFails().statusCode(200)
                .contentType(startsWith(FhirFormat.JSON_TYPE)).extract());
        T resource = TestFhir.context().newJsonParser().parseResource(type, answer.asString());
        assertEquals("W/\"" + resource.getMeta().getVersionId() + "\"", answer.header("ETag"));
        return resource;
    }

    /** The searchset for the parameters (name, value, name, value...), once valid. */
    private static Bundle search(String path, String token, String... parameters) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return TestFhir.context().newJsonParser().parseResource(Bundle.class,
                valid(request.get(path).then().statusCode(200).extract()).asString());
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> entry.getResource().getIdElement().getIdPart()).toList();
    }

    /** The answer, once HAPI's validator finds no error in it. */
    private static ExtractableResponse<Response> valid(ExtractableResponse<Response> answer) {
        assertEquals(List.of(), TestFhir.errors(answer.asString()), answer.asString());
        return answer;
    }

    private static void outcome(ExtractableResponse<Response> answer, OperationOutcome.IssueType type) {
        assertTrue(answer.contentType().startsWith(FhirFormat.JSON_TYPE), answer.contentType());
        OperationOutcome outcome = TestFhir.context().newJsonParser().parseResource(OperationOutcome.class,
                valid(answer).asString());
        assertEquals(type, outcome.getIssueFirstRep().getCode(), outcome.getIssueFirstRep().getDiagnostics());
    }
}
