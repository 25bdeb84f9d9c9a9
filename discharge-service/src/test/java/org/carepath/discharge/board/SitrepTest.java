package org.carepath.discharge.board;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The sitrep of a hospital of its own (RS1) for Wednesday 14 October 2026, against figures worked
 * out by hand from the fixture below.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class SitrepTest {

    private static final String HOSPITAL = "RS1";

    @Test
    void theDailySitrepCountsWhatTheFixtureSays() {
        String coordinator = Staff.dischargeCoordinatorOf(HOSPITAL);
        // 1: no criteria since the 10th, delayed by E (social care) since the 11th, still in: counted, a delayed day
        String one = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-01T09:00:00Z", "emergency");
        noCriteria(one, "2026-10-10T10:00:00Z");
        delay(one, "E", "social-care", "2026-10-11T09:00:00Z");
        // 2: no criteria since the 12th; A (NHS) then D(ii) (both) from the 13th: counted under D(ii), a delayed day
        String two = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-05T09:00:00Z", "emergency");
        noCriteria(two, "2026-10-12T15:00:00Z");
        String assessment = delay(two, "A", "nhs", "2026-10-12T16:00:00Z");
        Episodes.post(two, "/delays/" + assessment + "/end", coordinator, Map.of("end", "2026-10-13T12:00:00Z")).statusCode(200);
        delay(two, "D(ii)", "both", "2026-10-13T12:00:00Z");
        // 3: no criteria from the 14th itself, no delay yet: counted under "no delay recorded", not yet a delayed day
        String three = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-08T09:00:00Z", "elective");
        noCriteria(three, "2026-10-14T08:00:00Z");
        // 4: no criteria since the 9th, went home on pathway 1 on the 14th: a delayed day, a discharge, not counted at the end
        String four = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-02T09:00:00Z", "emergency");
        noCriteria(four, "2026-10-09T10:00:00Z");
        discharge(four, "2026-10-14T11:00:00Z", 1);
        // 5: went home on pathway 0 on the 14th, late in the (BST) evening
        String five = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-03T09:00:00Z", "elective");
        discharge(five, "2026-10-14T22:30:00Z", 0);
        // 6: no criteria on the 11th, deteriorated on the 13th: neither counted nor delayed on the 14th
        String six = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-06T09:00:00Z", "emergency");
        noCriteria(six, "2026-10-11T10:00:00Z");
        Episodes.post(six, "/criteria-to-reside", coordinator, Map.of("meetsCriteria", true, "at", "2026-10-13T09:00:00Z"))
                .statusCode(200);
        // 7: an admission cancelled as made in error: nowhere
        String seven = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-07T09:00:00Z", "emergency");
        noCriteria(seven, "2026-10-10T10:00:00Z");
        Episodes.post(seven, "/cancel-admission", coordinator, Map.of("reason", "wrong patient")).statusCode(200);
        // 8: went home on pathway 3 at 00:30 BST on the 15th, which is still the 14th in UTC: not the 14th's
        String eight = Episodes.admit(coordinator, TestPeople.nhsNumber(), "2026-10-04T09:00:00Z", "emergency");
        discharge(eight, "2026-10-14T23:30:00Z", 3);

        given().auth().oauth2(coordinator).queryParam("date", "2026-10-14").get("/sitrep")
                .then().statusCode(200)
                .body("hospital", equalTo(HOSPITAL))
                .body("peopleWithNoCriteriaToReside", equalTo(3))
                .body("byReason.code", equalTo(Arrays.asList("D(ii)", "E", null)))
                .body("byReason.sector", equalTo(List.of("both", "social-care", "none")))
                .body("byReason.people", equalTo(List.of(1, 1, 1)))
                .body("bySector", equalTo(Map.of("nhs", 0, "social-care", 1, "both", 1, "none", 1)))
                .body("delayedBedDays", equalTo(3))
                .body("dischargesByPathway", equalTo(Map.of("0", 1, "1", 1, "2", 0, "3", 0, "not-recorded", 0)));

        String csv = given().auth().oauth2(coordinator).queryParam("date", "2026-10-14").get("/sitrep.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> rows = csv.lines().toList();
        assertEquals("hospital,date,measure,code,reason,sector,value", rows.get(0));
        assertEquals("RS1,2026-10-14,no-criteria-to-reside,,,,3", rows.get(1));
        assertEquals("RS1,2026-10-14,no-criteria-to-reside-by-reason,D(ii),Nursing home placement,both,1", rows.get(2));
        assertEquals(true, rows.contains("RS1,2026-10-14,delayed-bed-days,,,,3"));
        assertEquals(true, rows.contains("RS1,2026-10-14,discharges-by-pathway,1,,,1"));

        given().auth().oauth2(coordinator).queryParam("date", "2026-10-09").get("/sitrep")
                .then().statusCode(200)
                .body("peopleWithNoCriteriaToReside", equalTo(1))
                .body("delayedBedDays", equalTo(0));
        given().auth().oauth2(coordinator).get("/board")
                .then().statusCode(200)
                .body("people", equalTo(4))
                .body("withNoCriteriaToReside", equalTo(3))
                .body("entries.episodeId", equalTo(List.of(one, two, three, six)))
                .body("entries[0].currentDelay.code", equalTo("E"))
                .body("entries[0].currentDelay.sector", equalTo("social-care"))
                .body("entries[1].currentDelay.code", equalTo("D(ii)"))
                .body("entries[3].noCriteriaToReside", equalTo(false));
        given().auth().oauth2(Staff.dischargeCoordinator()).queryParam("date", "2026-10-14").get("/sitrep")
                .then().statusCode(200).body("hospital", equalTo(Cast.HOSPITAL));
    }

    private static void noCriteria(String episode, String since) {
        Episodes.post(episode, "/criteria-to-reside", Staff.dischargeCoordinatorOf(HOSPITAL),
                Map.of("meetsCriteria", false, "at", since)).statusCode(200);
    }

    private static String delay(String episode, String code, String sector, String start) {
        List<String> ids = Episodes.post(episode, "/delays", Staff.dischargeCoordinatorOf(HOSPITAL),
                        Map.of("code", code, "sector", sector, "start", start))
                .statusCode(200).extract().path("delays.id");
        return ids.get(ids.size() - 1);
    }

    private static void discharge(String episode, String at, int pathway) {
        Episodes.post(episode, "/discharge", Staff.dischargeCoordinatorOf(HOSPITAL), Map.of("at", at, "pathway", pathway))
                .statusCode(200);
    }
}
