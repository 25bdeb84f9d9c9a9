package org.carepath.referrals;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.carepath.testkit.Cast;

import io.restassured.http.ContentType;

/** Directory entries created over the API as an administrator would; a fresh service on every call. */
public final class Directory {

    private Directory() {
    }

    /** The community trust's reablement team: emergency in 2 hours, urgent in a day, routine in 5 working days. */
    public static String reablement() {
        registerOrganisations();
        return service(Map.of("organisation", Cast.COMMUNITY, "name", "Home reablement " + UUID.randomUUID(),
                "team", "reablement", "area", "Northfield", "description", "Up to six weeks of support at home",
                "responseTargets", Map.of("emergency", "PT2H", "urgent", "PT24H", "routine", "5 working days")));
    }

    /** The council's adult social care front door, where a triager may redirect. */
    public static String councilFrontDoor() {
        registerOrganisations();
        return service(Map.of("organisation", Cast.COUNCIL, "name", "Adult social care front door " + UUID.randomUUID(),
                "team", "adult-front-door", "area", "Northfield",
                "responseTargets", Map.of("urgent", "PT24H", "routine", "5 working days")));
    }

    /**
     * A community service whose team no test triager belongs to: load tests fill its worklist with
     * hundreds of referrals without crowding the worklists other tests read.
     */
    public static String overflowIntake() {
        registerOrganisations();
        return service(Map.of("organisation", Cast.COMMUNITY, "name", "Overflow intake " + UUID.randomUUID(),
                "team", "overflow-intake", "area", "Northfield",
                "responseTargets", Map.of("urgent", "PT24H", "routine", "5 working days")));
    }

    public static void registerOrganisations() {
        organisation(Cast.HOSPITAL, "Northfield Hospitals NHS Trust", "acute");
        organisation(Cast.COMMUNITY, "Northfield Community Health NHS Trust", "community");
        organisation(Cast.COUNCIL, "Northfield Council Adult Social Care", "social-care");
    }

    private static void organisation(String odsCode, String name, String sector) {
        given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "sector", sector, "area", "Northfield"))
                .put("/directory/organisations/" + odsCode)
                .then().statusCode(200);
    }

    private static String service(Map<String, Object> body) {
        return given().auth().oauth2(Staff.directoryAdmin()).contentType(ContentType.JSON).body(body)
                .post("/directory/services")
                .then().statusCode(201)
                .extract().path("id");
    }
}
