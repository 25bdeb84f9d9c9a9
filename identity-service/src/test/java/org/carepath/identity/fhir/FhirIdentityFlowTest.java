package org.carepath.identity.fhir;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.carepath.identity.Staff;
import org.carepath.identity.messaging.Referrals;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Systems;
import org.carepath.platform.security.Roles;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestTokens;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * identity-service through its FHIR facade: state built over REST and events, read as FHIR with the REST API's access
 * rules and audit, every answer valid R4.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirIdentityFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aPatientShowsTheIndexRecordAndAMergeAsLinks() {
        String survivor = TestPeople.nhsNumber();
        String retired = TestPeople.nhsNumber();
        register(survivor);
        register(retired);
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", "MRN" + retired, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + retired + "/identifiers").then().statusCode(200);
        given().auth().oauth2(Staff.hospitalAdmin()).contentType(ContentType.JSON)
                .body(Map.of("retiredNhsNumber", retired, "reason", "Registered twice at admission"))
                .post("/persons/" + survivor + "/merge").then().statusCode(200);

        Patient patient = parse(Patient.class, valid(fhir(Staff.communityNurse()).get("/fhir/Patient/" + survivor)
                .then().statusCode(200).header("ETag", startsWith("W/")).extract()));
        assertTrue(patient.getActive());
        assertEquals(survivor, value(patient.getIdentifier(), Systems.NHS_NUMBER));
        assertEquals("MRN" + retired, value(patient.getIdentifier(), "urn:carepath:fhir:identifier:hospital-mrn:RX1"));
        assertEquals("Smith", patient.getNameFirstRep().getFamily());
        assertEquals("Joan", patient.getNameFirstRep().getGivenAsSingleString());
        assertEquals("1941-03-02", patient.getBirthDateElement().getValueAsString());
        assertEquals("NF1 2AB", patient.getAddressFirstRep().getPostalCode());
        assertEquals(Patient.LinkType.REPLACES, patient.getLinkFirstRep().getType());
        assertEquals("Patient/" + retired, patient.getLinkFirstRep().getOther().getReference());

        Patient old = parse(Patient.class, valid(fhir(Staff.communityNurse()).get("/fhir/Patient/" + retired)
                .then().statusCode(200).extract()));
        assertEquals(false, old.getActive());
        assertEquals(Patient.LinkType.REPLACEDBY, old.getLinkFirstRep().getType());
        assertEquals("Patient/" + survivor, old.getLinkFirstRep().getOther().getReference());

        String lastUpdated = patient.getMeta().getLastUpdatedElement().getValueAsString();
        assertEquals(1, total(Staff.communityNurse(), "Patient", "identifier", Systems.NHS_NUMBER + "|" + survivor));
        assertEquals(1, total(Staff.communityNurse(), "Patient", "_id", survivor, "_lastUpdated", "ge" + lastUpdated));
        assertEquals(0, total(Staff.communityNurse(), "Patient", "_id", survivor, "_lastUpdated", "lt" + lastUpdated));
        Bundle byMrn = search(Staff.communityNurse(), "Patient", "identifier",
                "urn:carepath:fhir:identifier:hospital-mrn:RX1|MRN" + retired);
        assertEquals(survivor, byMrn.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(0, total(Staff.communityNurse(), "Patient", "identifier", Systems.NHS_NUMBER + "|" + TestPeople.nhsNumber()));

        given().auth().oauth2(Staff.hospitalAdmin()).get("/audit/persons/" + survivor).then().statusCode(200)
                .body("items.findAll { it.userId == 'colin.reed' }.what", hasItem("person-record"))
                .body("items.findAll { it.userId == 'colin.reed' }.basis", hasItem("tracing"));
    }

    @Test
    void everythingIsTheJourneyTheRestReadGivesAndIsRefusedAsNotFoundToAThirdOrganisation() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        var accepted = Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T11:00:00Z"));
        TestEvents.publish(submitted);
        TestEvents.publish(accepted);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("total", equalTo(2)));

        Bundle first = parse(Bundle.class, valid(fhir(Staff.hospitalNurse()).queryParam("_count", 1)
                .get("/fhir/Patient/" + person + "/$everything").then().statusCode(200).extract()));
        assertEquals(2, first.getTotal());
        Basic referred = (Basic) first.getEntryFirstRep().getResource();
        assertEquals("referral.submitted", referred.getCode().getCodingFirstRep().getCode());
        assertEquals(submitted.id(), referred.getIdentifierFirstRep().getValue());
        assertEquals("Patient/" + person, referred.getSubject().getReference());
        CareTeam involved = (CareTeam) first.getEntry().get(1).getResource();
        assertEquals(Bundle.SearchEntryMode.INCLUDE, first.getEntry().get(1).getSearch().getMode());
        assertTrue(involved.getParticipant().stream()
                .anyMatch(participant -> Cast.COMMUNITY.equals(participant.getMember().getIdentifier().getValue())));

        Bundle second = parse(Bundle.class, valid(fhir(Staff.hospitalNurse()).urlEncodingEnabled(false)
                .get(first.getLink("next").getUrl()).then().statusCode(200).extract()));
        assertEquals(1, second.getEntry().size());
        assertEquals(accepted.id(), ((Basic) second.getEntryFirstRep().getResource()).getIdentifierFirstRep().getValue());
        assertEquals(1, count(Staff.hospitalNurse(), person, "start", "2026-11-20T10:00:00Z"));

        given().auth().oauth2(Staff.communityNurse()).contentType(ContentType.JSON)
                .body(Map.of("scope", "organisation", "target", Cast.HOSPITAL))
                .post("/persons/" + person + "/objections").then().statusCode(201);
        Bundle limited = parse(Bundle.class, valid(fhir(Staff.communityNurse())
                .get("/fhir/Patient/" + person + "/$everything").then().statusCode(200).extract()));
        assertEquals(1, limited.getTotal());
        assertEquals(accepted.id(), ((Basic) limited.getEntryFirstRep().getResource()).getIdentifierFirstRep().getValue());

        var refused = outcome(fhir(Staff.councilSocialWorker()).get("/fhir/Patient/" + person + "/$everything")
                .then().statusCode(404).extract());
        assertEquals(OperationOutcome.IssueType.NOTFOUND, refused.getIssueFirstRep().getCode());
        given().auth().oauth2(Staff.hospitalManager()).get("/audit/persons/" + person).then().statusCode(200)
                .body("items.findAll { it.userId == 'sam.patel' && it.what == 'journey' }.outcome", hasItem("refused"))
                .body("items.findAll { it.userId == 'colin.reed' && it.what == 'journey' }.outcome", hasItem("permitted"));
    }

    @Test
    void breakingTheGlassIsAConsentAndTheReadsUnderItAuditEventsNamingIt() {
        String person = TestPeople.nhsNumber();
        TestEvents.publish(Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200));
        String grant = given().auth().oauth2(Staff.councilCareCoordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Found at home, confused"))
                .post("/persons/" + person + "/break-glass").then().statusCode(201).extract().path("id");
        valid(fhir(Staff.councilCareCoordinator()).get("/fhir/Patient/" + person + "/$everything")
                .then().statusCode(200).extract());

        Bundle reads = search(Staff.hospitalManager(), "AuditEvent", "patient:identifier", Systems.NHS_NUMBER + "|" + person);
        AuditEvent underGrant = reads.getEntry().stream()
                .map(entry -> (AuditEvent) entry.getResource())
                .filter(event -> event.getAgentFirstRep().getWho().getReference().equals("Practitioner/amy.lee"))
                .findFirst().orElseThrow();
        assertEquals("Consent/" + grant, underGrant.getAgentFirstRep().getPolicy().get(0).getValue());
        assertEquals("break-glass", underGrant.getPurposeOfEventFirstRep().getCodingFirstRep().getCode());
        String id = underGrant.getIdElement().getIdPart();
        valid(fhir(Staff.hospitalManager()).get("/fhir/AuditEvent/" + id).then().statusCode(200).extract());
        assertTrue(total(Staff.hospitalManager(), "AuditEvent", "agent", "Practitioner/hana.ahmed", "date", "ge2026-01-01") >= 1);

        Consent consent = parse(Consent.class, valid(fhir(Staff.hospitalManager()).get("/fhir/Consent/" + grant)
                .then().statusCode(200).extract()));
        assertEquals(Consent.ConsentState.ACTIVE, consent.getStatus());
        assertEquals("Practitioner/amy.lee", consent.getProvision().getActorFirstRep().getReference().getReference());
        assertEquals("care-coordinator", consent.getProvision().getActorFirstRep().getRole().getText());
        assertNotNull(consent.getProvision().getPeriod().getEnd());
        assertEquals("Found at home, confused", consent.getExtension().get(0).getValue().primitiveValue());
        assertEquals(1, total(Staff.hospitalManager(), "Consent", "patient", "Patient/" + person, "status", "active"));
        assertEquals(0, total(Staff.hospitalManager(), "Consent", "patient", "Patient/" + person, "status", "inactive"));
        // other tests break the glass as amy.lee too: hers include this one, whatever ran before
        assertTrue(search(Staff.councilManager(), "Consent", "actor", "Practitioner/amy.lee", "_count", "100").getEntry()
                .stream().anyMatch(entry -> entry.getResource().getIdElement().getIdPart().equals(grant)),
                "the council's manager finds the grant among its care coordinator's");

        String stranger = TestTokens.staff("vb1.manager", Cast.VOLUNTARY).name("Val Manager").roles(Roles.MANAGER).token();
        outcome(fhir(stranger).get("/fhir/Consent/" + grant).then().statusCode(404).extract());
        outcome(fhir(stranger).get("/fhir/AuditEvent/" + id).then().statusCode(404).extract());
        assertEquals(0, total(stranger, "AuditEvent", "patient", "Patient/" + person));
        assertEquals(0, total(stranger, "Consent", "patient", "Patient/" + person));
        var forbidden = outcome(fhir(Staff.hospitalNurse()).get("/fhir/AuditEvent/" + id).then().statusCode(403).extract());
        assertEquals(OperationOutcome.IssueType.FORBIDDEN, forbidden.getIssueFirstRep().getCode());
    }

    @Test
    void theStaffDirectoryIsPractitionersAndTheirRoles() {
        String etag = given().auth().oauth2(Staff.councilCareCoordinator()).get("/practitioners/amy.lee")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Staff.councilCareCoordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("profession", "social-worker", "registrationBody", "Social Work England",
                        "registrationNumber", "SW12345"))
                .put("/practitioners/amy.lee/registration").then().statusCode(200);

        Practitioner amy = parse(Practitioner.class, valid(fhir(Staff.hospitalNurse()).get("/fhir/Practitioner/amy.lee")
                .then().statusCode(200).extract()));
        assertEquals("Amy Lee", amy.getNameFirstRep().getText());
        assertEquals("SW12345", value(amy.getIdentifier(), "urn:carepath:fhir:identifier:registration:social-work-england"));
        PractitionerRole role = parse(PractitionerRole.class, valid(fhir(Staff.hospitalNurse())
                .get("/fhir/PractitionerRole/amy.lee").then().statusCode(200).extract()));
        assertEquals(Cast.COUNCIL, role.getOrganization().getIdentifier().getValue());
        assertEquals("social-worker", role.getCodeFirstRep().getText());

        assertTrue(total(Staff.hospitalNurse(), "PractitionerRole", "organization", "Organization/" + Cast.COUNCIL) >= 1);
        assertEquals(1, total(Staff.hospitalNurse(), "PractitionerRole", "practitioner", "Practitioner/amy.lee"));
        assertEquals(0, total(Staff.hospitalNurse(), "PractitionerRole", "practitioner", "Practitioner/amy.lee",
                "organization", "Organization/" + Cast.HOSPITAL));
        assertTrue(total(Staff.hospitalNurse(), "Practitioner", "_lastUpdated", "ge2000-01-01") >= 1);
        outcome(fhir(Staff.hospitalNurse()).get("/fhir/Practitioner/nobody.here").then().statusCode(404).extract());
    }

    @Test
    void everyErrorIsAnOperationOutcome() {
        var unauthenticated = outcome(given().get("/fhir/Patient/" + TestPeople.nhsNumber()).then().statusCode(401).extract());
        assertEquals(OperationOutcome.IssueType.LOGIN, unauthenticated.getIssueFirstRep().getCode());
        outcome(fhir(Staff.hospitalNurse()).get("/fhir/Patient/1234567890").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse()).get("/fhir/Patient/" + TestPeople.nhsNumber()).then().statusCode(404).extract());
        outcome(fhir(Staff.hospitalManager()).get("/fhir/AuditEvent/not-a-uuid").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse()).queryParam("colour", "blue").get("/fhir/Practitioner").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse()).get("/fhir/Patient").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalManager()).queryParam("agent", "Practitioner/hana.ahmed").queryParam("date", "yesterday")
                .get("/fhir/AuditEvent").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalManager()).queryParam("patient", "Patient/" + TestPeople.nhsNumber())
                .queryParam("status", "sleeping").get("/fhir/Consent").then().statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse()).queryParam("_count", "1000").get("/fhir/Practitioner").then().statusCode(400).extract());
        var unacceptable = given().auth().oauth2(Staff.hospitalNurse()).queryParam("_format", "text")
                .get("/fhir/metadata").then().statusCode(406).extract();
        assertEquals(List.of(), TestFhir.errors(unacceptable.asString()));

        String xml = fhir(Staff.hospitalNurse()).queryParam("_format", "xml").get("/fhir/Patient/1234567890")
                .then().statusCode(400).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(xml));
        assertTrue(xml.contains("<OperationOutcome"), xml);
    }

    @Test
    void xmlAndTheCapabilityStatement() {
        String person = TestPeople.nhsNumber();
        register(person);
        String xml = fhir(Staff.hospitalNurse()).accept(FhirFormat.XML_TYPE).get("/fhir/Patient/" + person)
                .then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(xml));
        assertEquals(person, TestFhir.context().newXmlParser().parseResource(Patient.class, xml).getIdElement().getIdPart());
        valid(fhir(Staff.hospitalNurse()).get("/fhir/metadata").then().statusCode(200)
                .body("resourceType", equalTo("CapabilityStatement")).extract());
        String capabilities = fhir(Staff.hospitalNurse()).queryParam("_format", "xml").get("/fhir/metadata")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(), TestFhir.errors(capabilities));
    }

    private static void register(String nhsNumber) {
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", nhsNumber, "givenName", "Joan", "familyName", "Smith",
                        "dateOfBirth", "1941-03-02", "postcode", "NF1 2AB"))
                .post("/persons").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification fhir(String token) {
        return given().auth().oauth2(token);
    }

    private static int count(String token, String person, String name, String value) {
        return parse(Bundle.class, valid(fhir(token).queryParam(name, value).get("/fhir/Patient/" + person + "/$everything")
                .then().statusCode(200).extract())).getTotal();
    }

    private static Bundle search(String token, String type, String... parameters) {
        var request = fhir(token);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return parse(Bundle.class, valid(request.get("/fhir/" + type).then().statusCode(200).extract()));
    }

    private static int total(String token, String type, String... parameters) {
        return search(token, type, parameters).getTotal();
    }

    private static String value(List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(identifier -> system.equals(identifier.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(null);
    }

    private static <T extends Resource> T parse(Class<T> type, ExtractableResponse<Response> answer) {
        return TestFhir.context().newJsonParser().parseResource(type, answer.asString());
    }

    /** The answer, once HAPI's validator finds no error in it. */
    private static ExtractableResponse<Response> valid(ExtractableResponse<Response> answer) {
        assertEquals(List.of(), TestFhir.errors(answer.asString()), answer.asString());
        return answer;
    }

    private static OperationOutcome outcome(ExtractableResponse<Response> answer) {
        assertTrue(answer.contentType().startsWith(FhirFormat.JSON_TYPE), answer.contentType());
        return parse(OperationOutcome.class, valid(answer));
    }
}
