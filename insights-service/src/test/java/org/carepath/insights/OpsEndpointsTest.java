package org.carepath.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.OpsEndpointsContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class OpsEndpointsTest extends OpsEndpointsContract {

    @Test
    void openApiSaysWhatTheServiceIsFor() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.description", containsString("Daily aggregates"));
    }
}
