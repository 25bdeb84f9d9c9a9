package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;

import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class InputLimitsResourceTest {

    @Test
    void probe() {
        String big = "{\"reason\":\"" + "x".repeat(1_100_000) + "\"}";
        var r = given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(big)
                .post("/referrals");
        System.out.println("PROBE status=" + r.statusCode() + " ct=" + r.contentType() + " body=" + r.asString());
        var c = given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON).body(big.getBytes())
                .header("Transfer-Encoding", "chunked")
                .post("/referrals");
        System.out.println("PROBE2 status=" + c.statusCode() + " ct=" + c.contentType() + " body=" + c.asString());
    }
}
