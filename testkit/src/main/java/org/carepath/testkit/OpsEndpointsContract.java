package org.carepath.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
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
    void openApiNamesTheServiceAndDocumentsBearerAuthentication() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("CarePath " + service))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theDatabaseIsMigratedByFlywayAtStart() throws SQLException {
        try (Connection connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                ResultSet applied = connection.createStatement().executeQuery(
                        "select description from flyway_schema_history where success order by installed_rank")) {
            List<String> migrations = new ArrayList<>();
            while (applied.next()) {
                migrations.add(applied.getString(1));
            }
            assertTrue(migrations.containsAll(List.of("outbox", "processed event")), "platform tables first: " + migrations);
        }
    }
}
