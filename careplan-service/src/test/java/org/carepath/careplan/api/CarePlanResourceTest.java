package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Plans over HTTP: versions, status, access and coordinator handover, with the events they emit. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class CarePlanResourceTest {

    @Test
    void everyChangeKeepsAVersionAndAnyPastVersionReadsBackAsItStood() {
        String id = CarePlans.create(TestPeople.nhsNumber());

        CarePlans.revise(id, Staff.hospitalNurse(), "\"1\"", "Second summary", List.of("To garden again"))
                .statusCode(200).header("ETag", "\"2\"");
        CarePlans.revise(id, Staff.hospitalCoordinator(), "\"2\"", "Third summary", List.of("To garden again", "To see my sister"))
                .statusCode(200).header("ETag", "\"3\"");
        CarePlans.act(id, "activate", Staff.hospitalCoordinator()).statusCode(200).body("status", equalTo("active"));

        given().auth().oauth2(Staff.hospitalNurse()).get("/care-plans/" + id + "/versions")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.version", contains(1, 2, 3, 4))
                .body("items.change", contains("created", "content", "content", "activated"))
                .body("items.changedBy", contains("amy.lee", "hana.ahmed", "amy.lee", "amy.lee"));
        given().auth().oauth2(Staff.hospitalNurse()).get("/care-plans/" + id + "/versions/2")
                .then().statusCode(200)
                .body("snapshot.summary", equalTo("Second summary"))
                .body("snapshot.goals.text", contains("To garden again"))
                .body("snapshot.status", equalTo("draft"))
                .body("snapshot.coordinator.userId", equalTo("amy.lee"));
        given().auth().oauth2(Staff.hospitalNurse()).get("/care-plans/" + id + "/versions/1")
                .then().statusCode(200)
                .body("snapshot.goals.text", contains("To be back in my own kitchen", "To walk to the corner shop"))
                .body("snapshot.needs.domain", contains("personal-care-and-daily-living", "mobility-and-falls"))
                .body("snapshot.carers[0].name", equalTo("Jo Smith"))
                .body("snapshot.involvement.agreedBy", equalTo("the person"));
        given().auth().oauth2(Staff.hospitalNurse()).get("/care-plans/" + id + "/versions/9")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPersonHasOnlyOneActivePlan() {
        String person = TestPeople.nhsNumber();
        String first = CarePlans.create(person);
        String second = CarePlans.create(person);
        CarePlans.act(first, "activate", Staff.hospitalCoordinator()).statusCode(200);

        CarePlans.act(second, "activate", Staff.hospitalCoordinator())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("activePlan", equalTo("/care-plans/" + first));

        CarePlans.act(first, "complete", Staff.hospitalCoordinator()).statusCode(200).body("status", equalTo("completed"));
        CarePlans.act(second, "activate", Staff.hospitalCoordinator()).statusCode(200);
        CarePlans.act(second, "complete", Staff.hospitalCoordinator()).statusCode(200);
        CarePlans.act(second, "hold", Staff.hospitalCoordinator())
                .statusCode(409)
                .body("currentStatus", equalTo("completed"))
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void onlyTheCoordinatorOrTheirManagerChangesStatusAndHandoverIsRecorded() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);
        CarePlans.act(id, "activate", Staff.hospitalNurse()).statusCode(403).contentType("application/problem+json");
        CarePlans.addCouncil(id).statusCode(200);
        CarePlans.act(id, "activate", Staff.councilManager()).statusCode(403);
        CarePlans.act(id, "activate", Staff.hospitalManager()).statusCode(200);

        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(id))
                .body(Map.of("userId", "sam.patel", "name", "Sam Patel", "organisation", Cast.COUNCIL,
                        "team", "adult-social-care", "reason", "Long-term social care needs now lead"))
                .post("/care-plans/" + id + "/coordinator")
                .then().statusCode(200)
                .body("coordinator.userId", equalTo("sam.patel"));

        CarePlans.get(id, Staff.councilSocialWorker()).statusCode(200)
                .body("handovers[0].from", nullValue())
                .body("handovers[1].from.userId", equalTo("amy.lee"))
                .body("handovers.to.userId", contains("amy.lee", "sam.patel"))
                .body("handovers[1].reason", equalTo("Long-term social care needs now lead"));
        CarePlans.act(id, "hold", Staff.hospitalCoordinator()).statusCode(403);
        CarePlans.act(id, "hold", Staff.hospitalManager()).statusCode(403);
        CarePlans.act(id, "hold", Staff.councilManager()).statusCode(200).body("status", equalTo("on-hold"));
        CarePlans.act(id, "resume", Staff.councilSocialWorker()).statusCode(200).body("status", equalTo("active"));

        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined", "careplan.activated", "careplan.coordinator-assigned",
                "careplan.versioned", "careplan.versioned");
    }

    @Test
    void staffOfAnOrganisationNotOnTheTeamCannotTellThePlanExists() {
        String person = TestPeople.nhsNumber();
        String id = CarePlans.create(person);

        CarePlans.get(id, Staff.councilSocialWorker()).statusCode(404).contentType("application/problem+json");
        CarePlans.revise(id, Staff.councilSocialWorker(), "\"1\"", "x", List.of()).statusCode(404);
        given().auth().oauth2(Staff.councilSocialWorker()).get("/care-plans/" + id + "/versions").then().statusCode(404);
        given().auth().oauth2(Staff.councilSocialWorker()).queryParam("nhsNumber", person).get("/care-plans")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Staff.hospitalNurse()).queryParam("nhsNumber", person).get("/care-plans")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        CarePlans.addCouncil(id).statusCode(200);
        CarePlans.get(id, Staff.councilSocialWorker()).statusCode(200)
                .body("members.organisation", hasItem(Cast.COUNCIL));
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        String id = CarePlans.create(TestPeople.nhsNumber());
        CarePlans.revise(id, Staff.hospitalCoordinator(), "\"1\"", "First edit", List.of()).statusCode(200);

        CarePlans.revise(id, Staff.hospitalNurse(), "\"1\"", "Edit from a stale copy", List.of())
                .statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(2));
        CarePlans.revise(id, Staff.hospitalNurse(), null, "No If-Match", List.of()).statusCode(428);
        CarePlans.get(id, Staff.hospitalNurse()).statusCode(200).body("summary", equalTo("First edit"));
    }
}
