package org.carepath.identity.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.carepath.identity.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class PersonIndexResourceTest {

    static void register(String nhsNumber, String givenName) {
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", nhsNumber, "givenName", givenName, "familyName", "Smith",
                        "dateOfBirth", "1941-03-02", "postcode", "NF1 2AB"))
                .post("/persons")
                .then().statusCode(201)
                .header("ETag", "\"1\"");
    }

    static void linkMrn(String nhsNumber, String mrn, int status) {
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", mrn, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + nhsNumber + "/identifiers")
                .then().statusCode(status);
    }

    @Test
    void aPersonIsFoundByAnyOfTheirIdentifiers() {
        String person = TestPeople.nhsNumber();
        String mrn = "MRN" + person;
        register(person, "Joan");
        linkMrn(person, mrn, 200);
        given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON)
                .body(Map.of("kind", "council-person-id", "value", "P-" + person, "assigningOrganisation", Cast.COUNCIL))
                .post("/persons/" + person + "/identifiers")
                .then().statusCode(200);

        given().auth().oauth2(Staff.communityNurse())
                .queryParam("kind", "council-person-id").queryParam("value", "P-" + person)
                .queryParam("assigningOrganisation", Cast.COUNCIL)
                .get("/persons")
                .then().statusCode(200)
                .body("nhsNumber", equalTo(person))
                .body("givenName", equalTo("Joan"))
                .body("identifiers.value", hasItem(mrn))
                .body("basis", equalTo("tracing"));
        given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/" + person)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("dateOfBirth", equalTo("1941-03-02"))
                .body("identifiers.kind", hasItem("council-person-id"));
    }

    @Test
    void linkingAnIdentifierAlreadyLinkedToAnotherPersonIsAConflictNamingIt() {
        String first = TestPeople.nhsNumber();
        String second = TestPeople.nhsNumber();
        String mrn = "MRN" + first;
        register(first, "Joan");
        register(second, "John");
        linkMrn(first, mrn, 200);
        linkMrn(first, mrn, 200);

        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", mrn, "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + second + "/identifiers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("hospital-mrn " + mrn + " of RX1 is already linked to NHS number"))
                .body("linkedTo", equalTo(first));
        given().auth().oauth2(Staff.hospitalNurse())
                .queryParam("kind", "hospital-mrn").queryParam("value", mrn).queryParam("assigningOrganisation", Cast.HOSPITAL)
                .get("/persons")
                .then().statusCode(200).body("nhsNumber", equalTo(first));
    }

    @Test
    void onlyTheAssigningOrganisationLinksItsIdentifiers() {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.councilSocialWorker()).contentType(ContentType.JSON)
                .body(Map.of("kind", "hospital-mrn", "value", "X1", "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + person + "/identifiers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputIsA400Problem() {
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("kind", "passport", "value", "X1", "assigningOrganisation", Cast.HOSPITAL))
                .post("/persons/" + TestPeople.nhsNumber() + "/identifiers")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", "9434765918"))
                .post("/persons")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Staff.hospitalNurse())
                .get("/persons/" + TestPeople.nhsNumber())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void registeringTwiceIsAConflictAndCorrectionsNeedTheCurrentVersion() {
        String person = TestPeople.nhsNumber();
        register(person, "Joan");
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON)
                .body(Map.of("nhsNumber", person, "givenName", "Joanna"))
                .post("/persons")
                .then().statusCode(409);
        var correction = Map.of("givenName", "Joanna", "familyName", "Smith", "postcode", "NF1 9ZZ");
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON).body(correction)
                .put("/persons/" + person).then().statusCode(428);
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON).body(correction).header("If-Match", "\"7\"")
                .put("/persons/" + person).then().statusCode(412);
        given().auth().oauth2(Staff.hospitalNurse()).contentType(ContentType.JSON).body(correction).header("If-Match", "\"1\"")
                .put("/persons/" + person)
                .then().statusCode(200).header("ETag", "\"2\"").body("postcode", equalTo("NF1 9ZZ"));
    }
}
