package org.carepath.referrals.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.carepath.events.Topics;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Systems;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The referral through the FHIR facade: the REST API's rules, refusals and events, every answer valid R4. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirReferralFlowTest {

    @Test
    void aServiceRequestAcceptedThroughItsTaskShowsOnTheRestApiAndInTheEvents() {
        String nhsNumber = TestPeople.nhsNumber();
        var created = valid(FhirReferrals.create(FhirReferrals.urgentFor(nhsNumber, Directory.reablement()), Staff.hospitalReferrer())
                .statusCode(201)
                .contentType(startsWith(FhirFormat.JSON_TYPE))
                .header("ETag", equalTo("W/\"0\""))
                .header("Location", containsString("/fhir/ServiceRequest/"))
                .extract());
        ServiceRequest request = FhirReferrals.parse(ServiceRequest.class, created.asString());
        String id = request.getIdElement().getIdPart();
        assertEquals(ServiceRequest.ServiceRequestStatus.ACTIVE, request.getStatus());

        valid(FhirReferrals.moveTask(id, TaskStatus.RECEIVED, null, Staff.communityTriager()).statusCode(200).extract());
        var accepted = valid(FhirReferrals.moveTask(id, TaskStatus.ACCEPTED, null, Staff.communityTriager())
                .statusCode(200).extract());
        Task task = FhirReferrals.parse(Task.class, accepted.asString());
        assertEquals(TaskStatus.ACCEPTED, task.getStatus());
        assertEquals("accepted", task.getBusinessStatus().getCodingFirstRep().getCode());
        assertEquals("Organization/RY1", task.getOwner().getReference());
        assertEquals("ServiceRequest/" + id, task.getFocus().getReference());

        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + id)
                .then().statusCode(200).body("status", equalTo("accepted"));
        TestEvents.awaitTypes(Topics.REFERRALS, nhsNumber, "referral.submitted", "referral.received", "referral.accepted");
    }

    @Test
    void aStaleIfMatchIs412AndAnIllegalStepIs409() {
        String id = createdFor(TestPeople.nhsNumber());
        String task = given().auth().oauth2(Staff.communityTriager()).get("/fhir/Task/" + id).then().statusCode(200)
                .extract().asString();

        var stale = outcome(given().auth().oauth2(Staff.communityTriager()).contentType(FhirFormat.JSON_TYPE)
                .header("If-Match", "W/\"99\"").body(task.replace("\"requested\"", "\"received\""))
                .put("/fhir/Task/" + id).then().statusCode(412).extract());
        assertEquals(OperationOutcome.IssueType.CONFLICT, stale.getIssueFirstRep().getCode());

        var illegal = outcome(FhirReferrals.moveTask(id, TaskStatus.COMPLETED, null, Staff.communityTriager())
                .statusCode(409).extract());
        assertTrue(illegal.getIssueFirstRep().getDiagnostics().contains("cannot move to completed"),
                illegal.getIssueFirstRep().getDiagnostics());

        var unused = outcome(FhirReferrals.moveTask(id, TaskStatus.READY, null, Staff.communityTriager())
                .statusCode(422).extract());
        assertEquals(OperationOutcome.IssueType.BUSINESSRULE, unused.getIssueFirstRep().getCode());

        FhirReferrals.moveTask(id, TaskStatus.RECEIVED, null, Staff.communityTriager()).statusCode(200);
        var rejected = valid(FhirReferrals.moveTask(id, TaskStatus.REJECTED, "Not in our area", Staff.communityTriager())
                .statusCode(200).extract());
        assertEquals("Not in our area", FhirReferrals.parse(Task.class, rejected.asString()).getStatusReason().getText());
    }

    @Test
    void aTaskRejectedAsRedirectedPassesTheReferralOnAsTheRestApiDoes() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = createdFor(nhsNumber);
        FhirReferrals.moveTask(id, TaskStatus.RECEIVED, null, Staff.communityTriager()).statusCode(200);
        String frontDoor = Directory.councilFrontDoor();

        var read = given().auth().oauth2(Staff.communityTriager()).get("/fhir/Task/" + id).then().statusCode(200).extract();
        Task task = FhirReferrals.parse(Task.class, read.asString()).setStatus(TaskStatus.REJECTED);
        task.getBusinessStatus().getCodingFirstRep().setCode("redirected");
        task.setStatusReason(new CodeableConcept().setText("Needs a social care assessment first"));
        task.addInput().setType(new CodeableConcept(new Coding(Systems.carePath("task-parameter"), "redirect-to", null)))
                .setValue(new Reference("HealthcareService/" + frontDoor));
        var redirected = valid(given().auth().oauth2(Staff.communityTriager()).contentType(FhirFormat.JSON_TYPE)
                .header("If-Match", read.header("ETag")).body(FhirReferrals.json(task))
                .put("/fhir/Task/" + id).then().statusCode(200).extract());

        Task answer = FhirReferrals.parse(Task.class, redirected.asString());
        assertEquals(TaskStatus.REJECTED, answer.getStatus());
        assertEquals("redirected", answer.getBusinessStatus().getCodingFirstRep().getCode());
        String onward = ((Reference) answer.getOutputFirstRep().getValue()).getReference();
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals/" + id)
                .then().statusCode(200).body("status", equalTo("redirected"))
                .body("onwardReferral", equalTo(onward.substring("ServiceRequest/".length())));
        TestEvents.awaitTypes(Topics.REFERRALS, nhsNumber, "referral.submitted", "referral.received", "referral.redirected",
                "referral.submitted");
    }

    @Test
    void aThirdOrganisationFindsNothingAndReadsNothing() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = createdFor(nhsNumber);

        var search = valid(given().auth().oauth2(Staff.councilTriager())
                .queryParam("subject:identifier", Systems.NHS_NUMBER + "|" + nhsNumber)
                .get("/fhir/ServiceRequest").then().statusCode(200).extract());
        assertEquals(0, FhirReferrals.parse(Bundle.class, search.asString()).getTotal());
        var tasks = valid(given().auth().oauth2(Staff.councilTriager()).queryParam("focus", "ServiceRequest/" + id)
                .get("/fhir/Task").then().statusCode(200).extract());
        assertEquals(0, FhirReferrals.parse(Bundle.class, tasks.asString()).getTotal());

        var read = outcome(given().auth().oauth2(Staff.councilTriager()).get("/fhir/ServiceRequest/" + id)
                .then().statusCode(404).extract());
        assertEquals(OperationOutcome.IssueType.NOTFOUND, read.getIssueFirstRep().getCode());
        outcome(given().auth().oauth2(Staff.councilTriager()).get("/fhir/Task/" + id).then().statusCode(404).extract());

        var theirs = FhirReferrals.parse(Bundle.class, given().auth().oauth2(Staff.hospitalReferrer())
                .queryParam("patient.identifier", Systems.NHS_NUMBER + "|" + nhsNumber)
                .get("/fhir/ServiceRequest").then().statusCode(200).extract().asString());
        assertEquals(1, theirs.getTotal());
    }

    @Test
    void everyErrorIsAnOperationOutcome() {
        var unauthenticated = outcome(given().get("/fhir/ServiceRequest").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").extract());
        assertEquals(OperationOutcome.IssueType.LOGIN, unauthenticated.getIssueFirstRep().getCode());

        outcome(given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.JSON_TYPE)
                .body("{\"resourceType\": \"ServiceRequest\", \"nonsense\": true}")
                .post("/fhir/ServiceRequest").then().statusCode(400).extract());
        outcome(given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.JSON_TYPE)
                .body(FhirReferrals.json(new Task()))
                .post("/fhir/ServiceRequest").then().statusCode(400).extract());
        var noNeeds = FhirReferrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        noNeeds.getCategory().clear();
        var invalid = outcome(FhirReferrals.create(noNeeds, Staff.hospitalReferrer()).statusCode(400).extract());
        assertEquals("ServiceRequest.category", invalid.getIssueFirstRep().getExpression().get(0).getValue());

        outcome(FhirReferrals.create(FhirReferrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement()),
                Staff.hospitalClerk()).statusCode(403).extract());
        outcome(given().auth().oauth2(Staff.hospitalReferrer()).queryParam("colour", "blue")
                .get("/fhir/ServiceRequest").then().statusCode(400).extract());
        outcome(given().auth().oauth2(Staff.hospitalReferrer()).queryParam("_count", "1000")
                .get("/fhir/Task").then().statusCode(400).extract());
        outcome(given().auth().oauth2(Staff.hospitalReferrer()).get("/fhir/Patient/1").then().statusCode(404).extract());

        var tooLarge = outcome(given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.JSON_TYPE)
                .body("{\"resourceType\": \"ServiceRequest\", \"id\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/fhir/ServiceRequest").then().statusCode(413).extract());
        assertEquals(OperationOutcome.IssueType.TOOLONG, tooLarge.getIssueFirstRep().getCode());
        // refused before the REST layer too, in FHIR's words
        var uriTooLong = outcome(given().auth().oauth2(Staff.hospitalReferrer()).queryParam("_id", "x".repeat(5000))
                .get("/fhir/ServiceRequest").then().statusCode(414).extract());
        assertEquals(OperationOutcome.IssueType.TOOLONG, uriTooLong.getIssueFirstRep().getCode());
        var headersTooLarge = outcome(given().auth().oauth2(Staff.hospitalReferrer()).header("X-Padding", "x".repeat(25_000))
                .get("/fhir/ServiceRequest").then().statusCode(431).extract());
        assertEquals(OperationOutcome.IssueType.TOOLONG, headersTooLarge.getIssueFirstRep().getCode());

        String xml = given().auth().oauth2(Staff.hospitalReferrer()).queryParam("_format", "xml")
                .get("/fhir/ServiceRequest/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(xml));
        assertTrue(xml.contains("<OperationOutcome"), xml);
    }

    @Test
    void searchesPageThroughBundleLinks() {
        String nhsNumber = TestPeople.nhsNumber();
        for (int i = 0; i < 3; i++) {
            createdFor(nhsNumber);
        }
        var first = FhirReferrals.parse(Bundle.class, valid(given().auth().oauth2(Staff.hospitalReferrer())
                .queryParam("subject:identifier", Systems.NHS_NUMBER + "|" + nhsNumber).queryParam("_count", 2)
                .get("/fhir/ServiceRequest").then().statusCode(200).extract()).asString());
        assertEquals(3, first.getTotal());
        assertEquals(2, first.getEntry().size());
        assertTrue(first.getLink("previous") == null);

        String next = first.getLink("next").getUrl();
        var second = FhirReferrals.parse(Bundle.class, valid(given().auth().oauth2(Staff.hospitalReferrer()).urlEncodingEnabled(false)
                .get(next).then().statusCode(200).extract()).asString());
        assertEquals(1, second.getEntry().size());
        assertTrue(second.getLink("next") == null);
        assertTrue(second.getLink("previous").getUrl().contains("_page=0"));
    }

    @Test
    void lastUpdatedNarrowsASearch() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = createdFor(nhsNumber);
        String updated = FhirReferrals.parse(ServiceRequest.class, given().auth().oauth2(Staff.hospitalReferrer())
                .get("/fhir/ServiceRequest/" + id).then().statusCode(200).extract().asString()).getMeta().getLastUpdatedElement()
                .getValueAsString();
        String person = Systems.NHS_NUMBER + "|" + nhsNumber;

        assertEquals(1, total("ServiceRequest", "subject:identifier", person, "_lastUpdated", "ge" + updated));
        assertEquals(0, total("ServiceRequest", "subject:identifier", person, "_lastUpdated", "gt" + updated));
        assertEquals(0, total("ServiceRequest", "subject:identifier", person, "_lastUpdated", "lt" + updated));
        assertEquals(1, total("Task", "_id", id, "_lastUpdated", "le" + updated));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstReferral() {
        var request = FhirReferrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        String key = java.util.UUID.randomUUID().toString();
        String first = given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.JSON_TYPE)
                .header("Idempotency-Key", key).body(FhirReferrals.json(request))
                .post("/fhir/ServiceRequest").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.JSON_TYPE)
                .header("Idempotency-Key", key).body(FhirReferrals.json(request))
                .post("/fhir/ServiceRequest").then().statusCode(200).extract().path("id");
        assertEquals(first, again);
    }

    @Test
    void xmlInAndOut() {
        var request = FhirReferrals.urgentFor(TestPeople.nhsNumber(), Directory.reablement());
        String xml = TestFhir.context().newXmlParser().encodeResourceToString(request);
        var created = given().auth().oauth2(Staff.hospitalReferrer()).contentType(FhirFormat.XML_TYPE)
                .accept(FhirFormat.XML_TYPE).body(xml)
                .post("/fhir/ServiceRequest").then().statusCode(201).contentType(startsWith(FhirFormat.XML_TYPE)).extract();
        assertEquals(List.of(), TestFhir.errors(created.asString()));
        String id = TestFhir.context().newXmlParser().parseResource(ServiceRequest.class, created.asString()).getIdElement()
                .getIdPart();
        String task = given().auth().oauth2(Staff.communityTriager()).queryParam("_format", "application/fhir+xml")
                .get("/fhir/Task/" + id).then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(task));
    }

    @Test
    void theDirectoryAndTheCapabilityStatementAreValid() {
        String service = Directory.reablement();
        valid(given().auth().oauth2(Staff.hospitalReferrer()).get("/fhir/HealthcareService/" + service)
                .then().statusCode(200).body("providedBy.reference", equalTo("Organization/RY1")).extract());
        var services = valid(given().auth().oauth2(Staff.hospitalReferrer()).queryParam("organization", "Organization/RY1")
                .queryParam("active", "true").get("/fhir/HealthcareService").then().statusCode(200).extract());
        assertTrue(FhirReferrals.parse(Bundle.class, services.asString()).getTotal() >= 1);
        valid(given().auth().oauth2(Staff.hospitalReferrer()).get("/fhir/Organization/RY1")
                .then().statusCode(200).body("identifier[0].system", equalTo(Systems.ODS_CODE)).extract());
        var byOds = valid(given().auth().oauth2(Staff.hospitalReferrer())
                .queryParam("identifier", Systems.ODS_CODE + "|RX1").get("/fhir/Organization").then().statusCode(200).extract());
        assertEquals(1, FhirReferrals.parse(Bundle.class, byOds.asString()).getTotal());
        valid(given().auth().oauth2(Staff.hospitalReferrer()).get("/fhir/Organization").then().statusCode(200).extract());
        valid(given().auth().oauth2(Staff.hospitalReferrer()).get("/fhir/metadata")
                .then().statusCode(200).body("resourceType", equalTo("CapabilityStatement")).extract());
    }

    private static int total(String type, String name, String value, String other, String otherValue) {
        var found = valid(given().auth().oauth2(Staff.hospitalReferrer()).queryParam(name, value).queryParam(other, otherValue)
                .get("/fhir/" + type).then().statusCode(200).extract());
        return FhirReferrals.parse(Bundle.class, found.asString()).getTotal();
    }

    private static String createdFor(String nhsNumber) {
        return FhirReferrals.create(FhirReferrals.urgentFor(nhsNumber, Directory.reablement()), Staff.hospitalReferrer())
                .statusCode(201).extract().path("id");
    }

    /** The answer, once HAPI's validator finds no error in it. */
    private static ExtractableResponse<Response> valid(ExtractableResponse<Response> answer) {
        assertEquals(List.of(), TestFhir.errors(answer.asString()), answer.asString());
        return answer;
    }

    private static OperationOutcome outcome(ExtractableResponse<Response> answer) {
        assertTrue(answer.contentType().startsWith(FhirFormat.JSON_TYPE), answer.contentType());
        return FhirReferrals.parse(OperationOutcome.class, valid(answer).asString());
    }
}
