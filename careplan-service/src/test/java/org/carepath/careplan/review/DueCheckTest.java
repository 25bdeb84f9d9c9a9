package org.carepath.careplan.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.events.Topics;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/** The scheduled check tells a plan's review and each late action once, however often it runs. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DueCheckTest {

    @Inject
    DueCheck check;

    @Test
    void aReviewDateAndALateActionAreEachToldOnce() throws Throwable {
        String person = TestPeople.nhsNumber();
        String plan = CarePlans.create(person);
        CarePlans.addCouncil(plan).statusCode(200);
        given().auth().oauth2(Staff.hospitalCoordinator()).contentType(ContentType.JSON).header("If-Match", CarePlans.etag(plan))
                .body(Map.of("summary", "Reviewed monthly", "reviewDate", "2020-01-06"))
                .put("/care-plans/" + plan).then().statusCode(200);
        CarePlans.act(plan, "activate", Staff.hospitalCoordinator()).statusCode(200);
        String late = CarePlans.addAction(plan, "Fit grab rails", Cast.COUNCIL, "adult-social-care", "2020-01-10")
                .statusCode(200).extract().path("actions[0].id");
        CarePlans.addAction(plan, "Order a perching stool", Cast.COUNCIL, "adult-social-care", "2036-01-10").statusCode(200);

        DueCheck.Told first = VertxContextSupport.subscribeAndAwait(check::check);
        DueCheck.Told second = VertxContextSupport.subscribeAndAwait(check::check);
        assertTrue(first.reviewsDue() >= 1 && first.actionsOverdue() >= 1, first.toString());
        assertEquals(new DueCheck.Told(0, 0), second);

        // the person's events keep their order, so once this later change is out, any repeat would be too
        CarePlans.act(plan, "hold", Staff.hospitalCoordinator()).statusCode(200);
        CarePlans.awaitEvents(person, "careplan.created", "careplan.coordinator-assigned", "careplan.member-joined",
                "careplan.member-joined", "careplan.versioned", "careplan.activated", "careplan.action-assigned",
                "careplan.action-assigned", "careplan.review-due", "careplan.action-overdue", "careplan.versioned");
        var overdue = TestKafka.get().records(Topics.CAREPLANS).stream()
                .filter(record -> person.equals(record.key()))
                .map(record -> TestEvents.read(record.value()))
                .filter(event -> event.path("type").asText().equals("careplan.action-overdue"))
                .findFirst().orElseThrow();
        assertEquals(late, overdue.path("data").path("actionId").asText());
        assertEquals("2020-01-10", overdue.path("data").path("dueDate").asText());
    }
}
