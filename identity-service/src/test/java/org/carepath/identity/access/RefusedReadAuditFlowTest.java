package org.carepath.identity.access;

import static io.restassured.RestAssured.given;
import static org.carepath.identity.Journeys.involvement;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import org.carepath.identity.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A refused read leaves an audit row that outlives the refusal, for the organisation's Caldicott guardian. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RefusedReadAuditFlowTest {

    @Test
    void refusedReadsAreAuditedWithTheirOutcomeAndTheResponseSaysNoMore() {
        String person = TestPeople.nhsNumber();
        journey(Staff.councilSocialWorker(), person).statusCode(403).contentType("application/problem+json");
        involvement(Staff.councilSocialWorker(), person).statusCode(403);
        given().auth().oauth2(Staff.councilSocialWorker()).get("/persons/" + person + "/objections").then().statusCode(403);
        given().auth().oauth2(Staff.councilSocialWorker()).get("/persons/" + person).then().statusCode(404);

        given().auth().oauth2(Staff.councilCaldicottGuardian()).queryParam("size", 200).get("/audit/users/sam.patel")
                .then().statusCode(200)
                .rootPath("items.findAll { it.nhsNumber == '" + person + "' }")
                .body("what", containsInAnyOrder("journey", "involvement", "sharing-preferences", "person-record"))
                .body("outcome", everyItem(equalTo("refused")))
                .body("basis", everyItem(equalTo("none")));
        // another organisation's guardian sees nothing of the council's staff
        given().auth().oauth2(Staff.hospitalCaldicottGuardian()).get("/audit/users/sam.patel")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aRefusedReadOfAPersonsAuditIsAuditedToo() {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.councilCaldicottGuardian()).get("/audit/persons/" + person).then().statusCode(403);
        given().auth().oauth2(Staff.councilCaldicottGuardian()).get("/audit/users/la1.caldicott")
                .then().statusCode(200)
                .rootPath("items.findAll { it.nhsNumber == '" + person + "' }")
                .body("what", containsInAnyOrder("access-audit"))
                .body("outcome", everyItem(equalTo("refused")));
    }

    @Test
    void anAuditReaderWithNoOrganisationIsToldSoInsteadOfAnEmptyList() {
        given().auth().oauth2(Staff.platformAdmin()).get("/audit/users/sam.patel")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Staff.councilSocialWorker()).get("/audit/users/sam.patel").then().statusCode(403);
    }
}
