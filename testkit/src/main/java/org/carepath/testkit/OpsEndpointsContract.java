package org.carepath.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service offers ops teams, checked against the running service. A service's test
 * extends this with {@code @QuarkusTest @WithTestResource(CarePathTestResource.class)}.
 */
public abstract class OpsEndpointsContract {

    @Test
    void readinessIsUpAndCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server"));
    }

    @Test
    void openApiDocumentsBearerAuthentication() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }
}
