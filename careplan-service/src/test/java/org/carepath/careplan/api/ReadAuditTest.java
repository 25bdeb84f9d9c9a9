package org.carepath.careplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.platform.security.Roles;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every read of a person's plan is audited, whether it was shown or not; a change is not a read; nothing is erased. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReadAuditTest {

    @Test
    void aPlanShownAPlanRefusedAndASearchByPersonAreEachAuditedWithWhoAndWhose() throws SQLException {
        String person = TestPeople.nhsNumber();
        String plan = CarePlans.create(person);
        String address = "/care-plans/" + plan;

        given().auth().oauth2(Staff.hospitalNurse()).get(address).then().statusCode(200);
        given().auth().oauth2(Staff.outsider()).get(address).then().statusCode(404);
        given().auth().oauth2(Staff.outsider()).get("/care-plans/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Staff.hospitalNurse()).get("/care-plans?nhsNumber=" + person).then().statusCode(200);

        assertEquals(1, count("select count(*) from record_read_audit where target = ? and nhs_number = ?"
                + " and outcome = 'shown' and record_kind = 'care-plan' and user_id = 'hana.ahmed' and organisation = 'RX1'",
                address, person));
        assertEquals(1, count("select count(*) from record_read_audit where target = ? and outcome = 'not-shown'"
                + " and user_id = 'pat.green' and nhs_number is null", address), "a refused read names nobody it would reveal");
        assertEquals(1, count("select count(*) from record_read_audit where target = ? and nhs_number = ? and outcome = 'shown'",
                "/care-plans?nhsNumber=" + person, person));
        assertEquals(0, count("select count(*) from record_read_audit where target like ? and outcome = 'shown'"
                + " and user_id = 'amy.lee'", address + "%"), "drafting the plan is not a read of it");

        SQLException refused = assertThrows(SQLException.class,
                () -> count("with gone as (delete from record_read_audit returning 1) select count(*) from gone"));
        assertTrue(refused.getMessage().contains("append-only"), "the audit is evidence: " + refused.getMessage());
    }

    @Test
    void anOrganisationsGuardianReadsWhatItsOwnStaffReadAndNothingOfAnotherOrganisations() {
        String person = TestPeople.nhsNumber();
        String plan = CarePlans.create(person);
        String address = "/care-plans/" + plan;
        given().auth().oauth2(Staff.hospitalNurse()).get(address).then().statusCode(200);
        given().auth().oauth2(Staff.outsider()).get(address).then().statusCode(404);

        given().auth().oauth2(guardianOf(Cast.HOSPITAL)).queryParam("nhsNumber", person).get("/audit/record-reads")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].userId", equalTo("hana.ahmed"))
                .body("items[0].userName", equalTo("Hana Ahmed"))
                .body("items[0].target", equalTo(address))
                .body("items[0].outcome", equalTo("shown"));
        given().auth().oauth2(guardianOf(Cast.OTHER_COUNCIL)).queryParam("userId", "pat.green").get("/audit/record-reads")
                .then().statusCode(200)
                .body("items.findAll { it.target == '%s' }.outcome".formatted(address), equalTo(List.of("not-shown")))
                .body("items.organisation", everyItem(equalTo(Cast.OTHER_COUNCIL)));
        given().auth().oauth2(guardianOf(Cast.OTHER_COUNCIL)).queryParam("nhsNumber", person).get("/audit/record-reads")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyAGuardianManagerOrAdministratorOfAnOrganisationReadsIt() {
        given().auth().oauth2(Staff.hospitalNurse()).get("/audit/record-reads").then().statusCode(403);
        given().auth().oauth2(TestTokens.staff("carepath.admin", null).roles(Roles.ADMIN).token()).get("/audit/record-reads")
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("detail", containsString("names no organisation"));
        given().auth().oauth2(guardianOf(Cast.HOSPITAL)).queryParam("from", "yesterday").get("/audit/record-reads")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("from must be an instant"));
        given().auth().oauth2(guardianOf(Cast.HOSPITAL)).queryParam("nhsNumber", "123").get("/audit/record-reads")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
    }

    private static String guardianOf(String organisation) {
        return TestTokens.staff("ig." + organisation.toLowerCase(), organisation).name("Information Governance")
                .teams("information-governance").roles(Roles.CALDICOTT_GUARDIAN).token();
    }

    private static long count(String query, String... parameters) throws SQLException {
        return TestPostgres.get().count(CarePathTestResource.DATABASE, query, parameters);
    }
}
