package org.carepath.careplan.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Systems;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Plans built over the REST API, read over FHIR: the same access rule and versions, every answer valid
 * R4 by HAPI's validator.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirCarePlanFlowTest {

    @Test
    void aPlanReadsAsCarePlanCareTeamAndGoalsThroughItsLife() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = CarePlans.create(nhsNumber);
        CarePlans.addCouncil(id).statusCode(200);
        CarePlans.addAction(id, "Assess for a stair rail", Cast.COUNCIL, "adult-social-care", "2036-11-15").statusCode(200);

        var read = valid(fhir(Staff.councilSocialWorker(), "/fhir/CarePlan/" + id).statusCode(200).header("ETag", "W/\"2\"")
                .contentType(startsWith(FhirFormat.JSON_TYPE)).extract());
        CarePlan plan = parse(CarePlan.class, read);
        assertEquals("2", plan.getMeta().getVersionId());
        assertEquals(CarePlan.CarePlanStatus.DRAFT, plan.getStatus());
        assertEquals(CarePlan.CarePlanIntent.PLAN, plan.getIntent());
        assertEquals(Systems.NHS_NUMBER, plan.getSubject().getIdentifier().getSystem());
        assertEquals(nhsNumber, plan.getSubject().getIdentifier().getValue());
        assertEquals("Home after a fall; needs help with washing and dressing", plan.getDescription());
        assertEquals("amy.lee", plan.getAuthor().getIdentifier().getValue());
        assertEquals("Amy Lee", plan.getAuthor().getDisplay());
        assertEquals(Cast.HOSPITAL, plan.getContributorFirstRep().getIdentifier().getValue());
        assertEquals("CareTeam/" + id, plan.getCareTeamFirstRep().getReference());
        assertEquals(List.of("Goal/" + id + "-goal-1", "Goal/" + id + "-goal-2"),
                plan.getGoal().stream().map(goal -> goal.getReference()).toList());
        assertEquals(List.of("personal-care-and-daily-living", "mobility-and-falls"),
                plan.getCategory().stream().map(need -> need.getCodingFirstRep().getCode()).toList());
        assertEquals("Help to wash and dress each morning", plan.getCategoryFirstRep().getText());
        assertEquals("2036-12-01", plan.getExtensionByUrl(CarePlansAsFhir.REVIEW_DATE).getValue().primitiveValue());
        assertEquals("the person", plan.getExtensionByUrl(CarePlansAsFhir.INVOLVEMENT).getExtensionByUrl("agreedBy")
                .getValue().primitiveValue());
        var carer = plan.getExtensionByUrl(CarePlansAsFhir.CARER);
        assertEquals("Jo Smith", carer.getExtensionByUrl("name").getValue().primitiveValue());
        assertEquals("true", carer.getExtensionByUrl("involved").getValue().primitiveValue());
        assertEquals("Works full time; cannot help on weekday mornings", carer.getExtensionByUrl("needs").getValue().primitiveValue());

        CarePlanActivityDetailComponent action = plan.getActivityFirstRep().getDetail();
        assertEquals("Assess for a stair rail", action.getDescription());
        assertEquals(CarePlanActivityStatus.NOTSTARTED, action.getStatus());
        assertEquals(Cast.COUNCIL, action.getPerformerFirstRep().getIdentifier().getValue());
        assertEquals("2036-11-15", ((Period) action.getScheduled()).getEndElement().getValueAsString());
        assertEquals("mobility-and-falls", action.getReasonCodeFirstRep().getCodingFirstRep().getCode());

        CareTeam team = parse(CareTeam.class, valid(fhir(Staff.hospitalNurse(), "/fhir/CareTeam/" + id).statusCode(200)
                .header("ETag", "W/\"4\"").extract()));
        assertEquals(CareTeam.CareTeamStatus.PROPOSED, team.getStatus());
        assertEquals(Cast.HOSPITAL, team.getManagingOrganizationFirstRep().getIdentifier().getValue());
        List<CareTeamParticipantComponent> participants = team.getParticipant();
        assertEquals(4, participants.size());
        assertEquals("care-coordinator", participants.get(0).getRoleFirstRep().getCodingFirstRep().getCode());
        assertEquals("amy.lee", participants.get(0).getMember().getIdentifier().getValue());
        assertEquals(Cast.HOSPITAL, participants.get(1).getMember().getIdentifier().getValue());
        assertEquals("care coordinator's team", participants.get(1).getRoleFirstRep().getText());
        assertEquals(Cast.COUNCIL, participants.get(2).getMember().getIdentifier().getValue());
        assertEquals("social care assessment", participants.get(2).getRoleFirstRep().getText());
        assertEquals("RelatedPerson", participants.get(3).getMember().getType());
        assertEquals("daughter", participants.get(3).getRoleFirstRep().getText());

        Goal goal = parse(Goal.class, valid(fhir(Staff.hospitalNurse(), "/fhir/Goal/" + id + "-goal-2").statusCode(200).extract()));
        assertEquals("To walk to the corner shop", goal.getDescription().getText());
        assertEquals(Goal.GoalLifecycleStatus.PROPOSED, goal.getLifecycleStatus());
        assertEquals("mobility-and-falls", goal.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals(nhsNumber, goal.getSubject().getIdentifier().getValue());

        CarePlans.act(id, "activate", Staff.hospitalCoordinator()).statusCode(200);
        assertEquals(CarePlan.CarePlanStatus.ACTIVE, parse(CarePlan.class, valid(fhir(Staff.hospitalNurse(), "/fhir/CarePlan/" + id)
                .statusCode(200).extract())).getStatus());
        CarePlans.act(id, "complete", Staff.hospitalCoordinator()).statusCode(200);
        CarePlan completed = parse(CarePlan.class, valid(fhir(Staff.hospitalNurse(), "/fhir/CarePlan/" + id).statusCode(200)
                .header("ETag", "W/\"4\"").extract()));
        assertEquals(CarePlan.CarePlanStatus.COMPLETED, completed.getStatus());
        assertEquals(completed.getMeta().getLastUpdated(), completed.getPeriod().getEnd());
        assertEquals(CareTeam.CareTeamStatus.INACTIVE, parse(CareTeam.class, valid(fhir(Staff.hospitalNurse(),
                "/fhir/CareTeam/" + id).statusCode(200).extract())).getStatus());
        assertEquals(Goal.GoalLifecycleStatus.COMPLETED, parse(Goal.class, valid(fhir(Staff.hospitalNurse(),
                "/fhir/Goal/" + id + "-goal-1").statusCode(200).extract())).getLifecycleStatus());
    }

    @Test
    void actionsShowTheirOwnersProgressAndCancelReason() {
        String id = CarePlans.create(TestPeople.nhsNumber());
        CarePlans.addAction(id, "Fit a key safe", Cast.HOSPITAL, "discharge", "2036-10-01").statusCode(200);
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(id))
                .body(Map.of("actions", List.of(Map.of("description", "Visit at home", "needsDomain", "mobility-and-falls",
                        "owner", Map.of("organisation", Cast.HOSPITAL, "team", "discharge", "userId", "amy.lee", "name", "Amy Lee"),
                        "dueDate", "2036-10-02"))))
                .post("/care-plans/" + id + "/actions").then().statusCode(200);
        List<String> actionIds = CarePlans.get(id, Staff.hospitalCoordinator()).statusCode(200).extract().path("actions.id");
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(id))
                .body(Map.of("reason", "A neighbour holds a key")).post("/care-plans/" + id + "/actions/" + actionIds.get(0) + "/cancel")
                .then().statusCode(200);
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(id))
                .body(Map.of()).post("/care-plans/" + id + "/actions/" + actionIds.get(1) + "/start").then().statusCode(200);

        CarePlan plan = parse(CarePlan.class, valid(fhir(Staff.hospitalNurse(), "/fhir/CarePlan/" + id).statusCode(200).extract()));
        var cancelled = plan.getActivity().get(0);
        assertEquals(actionIds.get(0), cancelled.getId());
        assertEquals(CarePlanActivityStatus.CANCELLED, cancelled.getDetail().getStatus());
        assertEquals("A neighbour holds a key", cancelled.getDetail().getStatusReason().getText());
        var started = plan.getActivity().get(1).getDetail();
        assertEquals(CarePlanActivityStatus.INPROGRESS, started.getStatus());
        assertEquals(List.of("Organization", "Practitioner"), started.getPerformer().stream().map(performer -> performer.getType()).toList());
        assertEquals("amy.lee", started.getPerformer().get(1).getIdentifier().getValue());
    }

    @Test
    void aThirdOrganisationFindsNothingAndReadsNothing() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = CarePlans.create(nhsNumber);
        String person = Systems.NHS_NUMBER + "|" + nhsNumber;

        for (String type : List.of("CarePlan", "CareTeam", "Goal")) {
            assertEquals(0, total(Staff.outsider(), type, Map.of("subject:identifier", person)), type);
            assertEquals(1, total(Staff.hospitalNurse(), type, Map.of("patient:identifier", person, "_id",
                    type.equals("Goal") ? id + "-goal-1" : id)), type);
        }
        assertEquals(0, total(Staff.outsider(), "CarePlan", Map.of("_id", id)));
        for (String path : List.of("/fhir/CarePlan/" + id, "/fhir/CareTeam/" + id, "/fhir/Goal/" + id + "-goal-1")) {
            var refused = outcome(fhir(Staff.outsider(), path).statusCode(404).extract());
            assertEquals(OperationOutcome.IssueType.NOTFOUND, refused.getIssueFirstRep().getCode());
        }
        CarePlans.get(id, Staff.outsider()).statusCode(404);
    }

    @Test
    void searchesNarrowByStatusAndPageThroughBundleLinks() {
        String nhsNumber = TestPeople.nhsNumber();
        String person = Systems.NHS_NUMBER + "|" + nhsNumber;
        String active = CarePlans.create(nhsNumber);
        CarePlans.create(nhsNumber);
        CarePlans.create(nhsNumber);
        CarePlans.act(active, "activate", Staff.hospitalCoordinator()).statusCode(200);

        assertEquals(3, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person)));
        assertEquals(1, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "status", "active")));
        assertEquals(2, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "status", "draft")));
        assertEquals(0, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "status", "unknown")));
        assertEquals(2, total(Staff.hospitalNurse(), "CareTeam", Map.of("subject:identifier", person, "status", "proposed")));
        assertEquals(2, total(Staff.hospitalNurse(), "Goal", Map.of("subject:identifier", person, "lifecycle-status", "active")));

        Bundle first = search(Staff.hospitalNurse(), "Goal", Map.of("subject:identifier", person, "_count", "4"));
        assertEquals(6, first.getTotal());
        assertEquals(4, first.getEntry().size());
        assertNull(first.getLink("previous"));
        var second = parse(Bundle.class, valid(given().auth().oauth2(Staff.hospitalNurse()).urlEncodingEnabled(false)
                .get(first.getLink("next").getUrl()).then().statusCode(200).extract()));
        assertEquals(2, second.getEntry().size());
        assertNull(second.getLink("next"));
        assertTrue(second.getLink("previous").getUrl().contains("_page=0"));

        Bundle plans = search(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "_count", "2"));
        assertEquals(2, plans.getEntry().size());
        assertNotNull(plans.getLink("next"));
        assertTrue(plans.getEntryFirstRep().getFullUrl().contains("/fhir/CarePlan/"));
    }

    @Test
    void lastUpdatedCountsTeamChangesOnTheCareTeamOnly() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = CarePlans.create(nhsNumber);
        String planUpdated = parse(CarePlan.class, fhir(Staff.hospitalNurse(), "/fhir/CarePlan/" + id).statusCode(200).extract())
                .getMeta().getLastUpdatedElement().getValueAsString();
        CarePlans.addCouncil(id).statusCode(200);
        String person = Systems.NHS_NUMBER + "|" + nhsNumber;

        assertEquals(1, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "_lastUpdated", "ge" + planUpdated)));
        assertEquals(0, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "_lastUpdated", "gt" + planUpdated)));
        assertEquals(1, total(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "_lastUpdated", planUpdated)));
        assertEquals(2, total(Staff.hospitalNurse(), "Goal", Map.of("subject:identifier", person, "_lastUpdated", "le" + planUpdated)));
        assertEquals(1, total(Staff.hospitalNurse(), "CareTeam", Map.of("subject:identifier", person, "_lastUpdated", "gt" + planUpdated)));
        assertEquals(0, total(Staff.hospitalNurse(), "CareTeam", Map.of("subject:identifier", person, "_lastUpdated", "le" + planUpdated)));
    }

    @Test
    void everyErrorIsAnOperationOutcome() {
        var unauthenticated = outcome(given().get("/fhir/CarePlan/" + UUID.randomUUID()).then().statusCode(401).extract());
        assertEquals(OperationOutcome.IssueType.LOGIN, unauthenticated.getIssueFirstRep().getCode());
        String person = Systems.NHS_NUMBER + "|" + TestPeople.nhsNumber();

        var badId = outcome(fhir(Staff.hospitalNurse(), "/fhir/CarePlan/not_an_id").statusCode(400).extract());
        assertEquals(OperationOutcome.IssueType.INVALID, badId.getIssueFirstRep().getCode());
        outcome(fhir(Staff.hospitalNurse(), "/fhir/Goal/" + "g".repeat(65)).statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse(), "/fhir/CareTeam/not-a-plan").statusCode(404).extract());
        outcome(fhir(Staff.hospitalNurse(), "/fhir/Goal/" + UUID.randomUUID() + "-goal-1").statusCode(404).extract());

        var unknown = outcome(searching(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "colour", "blue"))
                .statusCode(400).extract());
        assertEquals("colour", unknown.getIssueFirstRep().getExpression().get(0).getValue());
        outcome(searching(Staff.hospitalNurse(), "CareTeam", Map.of("subject:identifier", person, "_lastUpdated", "yesterday"))
                .statusCode(400).extract());
        outcome(searching(Staff.hospitalNurse(), "Goal", Map.of("subject:identifier", person, "lifecycle-status", "paused"))
                .statusCode(400).extract());
        outcome(searching(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", Systems.NHS_NUMBER + "|1234567890"))
                .statusCode(400).extract());
        outcome(searching(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", "urn:other|" + TestPeople.nhsNumber()))
                .statusCode(400).extract());
        var noPerson = outcome(searching(Staff.hospitalNurse(), "Goal", Map.of()).statusCode(400).extract());
        assertEquals("subject:identifier", noPerson.getIssueFirstRep().getExpression().get(0).getValue());
        outcome(searching(Staff.hospitalNurse(), "CarePlan", Map.of("_id", "bad_id")).statusCode(400).extract());
        outcome(searching(Staff.hospitalNurse(), "CarePlan", Map.of("subject:identifier", person, "_count", "1000"))
                .statusCode(400).extract());
        outcome(fhir(Staff.hospitalNurse(), "/fhir/Patient/1").statusCode(404).extract());
        var readOnly = outcome(given().auth().oauth2(Staff.hospitalCoordinator()).contentType(FhirFormat.JSON_TYPE)
                .body("{\"resourceType\": \"CarePlan\"}").post("/fhir/CarePlan").then().statusCode(405).extract());
        assertEquals(OperationOutcome.IssueType.NOTSUPPORTED, readOnly.getIssueFirstRep().getCode());
        outcome(given().auth().oauth2(Staff.hospitalNurse()).queryParam("_format", "text/plain")
                .get("/fhir/CarePlan/" + UUID.randomUUID()).then().statusCode(406).extract());

        String xml = given().auth().oauth2(Staff.hospitalNurse()).queryParam("_format", "xml")
                .get("/fhir/CarePlan/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(xml));
        assertTrue(xml.contains("<OperationOutcome"), xml);
    }

    @Test
    void xmlReadsAndSearches() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = CarePlans.create(nhsNumber);
        for (String path : List.of("/fhir/CarePlan/" + id, "/fhir/CareTeam/" + id, "/fhir/Goal/" + id + "-goal-1")) {
            String xml = given().auth().oauth2(Staff.hospitalNurse()).accept(FhirFormat.XML_TYPE).get(path)
                    .then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
            assertEquals(List.of(), TestFhir.errors(xml), xml);
        }
        String bundle = given().auth().oauth2(Staff.hospitalNurse()).queryParam("_format", "xml")
                .queryParam("subject:identifier", Systems.NHS_NUMBER + "|" + nhsNumber).get("/fhir/Goal")
                .then().statusCode(200).contentType(startsWith(FhirFormat.XML_TYPE)).extract().asString();
        assertEquals(List.of(), TestFhir.errors(bundle), bundle);
        Bundle goals = TestFhir.context().newXmlParser().parseResource(Bundle.class, bundle);
        assertEquals(2, goals.getTotal());
    }

    @Test
    void theCapabilityStatementNamesWhatIsServed() {
        CapabilityStatement metadata = parse(CapabilityStatement.class, valid(fhir(Staff.hospitalNurse(), "/fhir/metadata")
                .statusCode(200).body("resourceType", equalTo("CapabilityStatement")).extract()));
        assertEquals(List.of("CarePlan", "CareTeam", "Goal"),
                metadata.getRestFirstRep().getResource().stream().map(resource -> resource.getType()).toList());
    }

    private static ValidatableResponse fhir(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    private static ValidatableResponse searching(String token, String type, Map<String, String> parameters) {
        return given().auth().oauth2(token).queryParams(parameters).get("/fhir/" + type).then();
    }

    private static Bundle search(String token, String type, Map<String, String> parameters) {
        return parse(Bundle.class, valid(searching(token, type, parameters).statusCode(200).extract()));
    }

    private static int total(String token, String type, Map<String, String> parameters) {
        Bundle found = search(token, type, parameters);
        found.getEntry().forEach(entry -> assertEquals(type, entry.getResource().fhirType()));
        return found.getTotal();
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

    private static <T extends Resource> T parse(Class<T> type, ExtractableResponse<Response> answer) {
        return TestFhir.context().newJsonParser().parseResource(type, answer.asString());
    }
}
