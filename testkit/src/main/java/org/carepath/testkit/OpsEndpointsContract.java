package org.carepath.testkit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

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

    /**
     * What deploy/observability's alerts and dashboards query is there to be found: the service's
     * own dashboard, and the shared backbone dashboard and alerting rules less what is another
     * service's (a {@code carepath_<service>_} name) or, for a service that reads no topic, a consumer's.
     * Metrics read on a schedule (lag) appear within seconds of the start, hence the wait.
     */
    @Test
    void everyMetricTheDashboardsAndAlertsQueryIsExposed() {
        var config = ConfigProvider.getConfig();
        String service = config.getValue("quarkus.application.name", String.class);
        var files = ObservabilityFiles.fromModule();
        Set<String> wanted = new TreeSet<>(ObservabilityFiles.scrapedNames(files.ruleExpressions()));
        wanted.addAll(ObservabilityFiles.scrapedNames(files.dashboardExpressions("backbone")));
        wanted.removeIf(name -> name.matches("carepath_(referrals|careplan|discharge|identity)_.*")
                && !name.startsWith("carepath_" + service.replace("-service", "") + "_"));
        boolean readsTopics = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .anyMatch(name -> name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"));
        if (!readsTopics) {
            wanted.removeIf(name -> name.startsWith("carepath_consumer_") || name.startsWith("carepath_dead_letter_"));
        }
        wanted.addAll(ObservabilityFiles.scrapedNames(files.dashboardExpressions(service)));
        // one request, so the HTTP server's timers have a route to show
        given().get("/no-such-route").then().statusCode(404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(ObservabilityFiles.exposed(given().get("/q/metrics").then().statusCode(200).extract().asString()));
            assertEquals(Set.of(), missing, service + " does not expose what deploy/observability queries");
        });
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
