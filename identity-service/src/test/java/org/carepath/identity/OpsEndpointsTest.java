package org.carepath.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.OpsEndpointsContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class OpsEndpointsTest extends OpsEndpointsContract {

    @Test
    void openApiDescribesTheIdentityEndpoints() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/persons/{nhsNumber}/journey"))
                .body("paths", hasKey("/persons/{nhsNumber}/involvement"))
                .body("paths", hasKey("/persons/{nhsNumber}/break-glass"))
                .body("paths", hasKey("/audit/persons/{nhsNumber}"))
                .body("paths", hasKey("/practitioners/{userId}/registration"))
                .body("paths", hasKey("/ops/projections/rebuild"));
    }
}
