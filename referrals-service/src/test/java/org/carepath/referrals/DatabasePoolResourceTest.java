package org.carepath.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.carepath.testkit.CarePathTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** The service's connection pool: bounded transactions, and a liveness check that sees it wedged. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DatabasePoolResourceTest {

    private static final String CHECK = "Database connection pool";

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int poolSize;

    @Test
    void everyPooledConnectionEndsLongStatementsAndAbandonedTransactions() {
        String statementTimeout = ConfigProvider.getConfig().getValue("carepath.db.statement-timeout", String.class);
        String idleTimeout = ConfigProvider.getConfig().getValue("carepath.db.idle-in-transaction-timeout", String.class);

        assertEquals(statementTimeout, setting("statement_timeout"));
        assertEquals(idleTimeout, setting("idle_in_transaction_session_timeout"));
    }

    @Test
    void livenessFailsWhileThePoolIsWedged() {
        given().get("/q/health/live").then().statusCode(200).body("checks.name", hasItem(CHECK));

        List<SqlConnection> held = everyConnection();
        try {
            given().get("/q/health/live")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + CHECK + "' }.status", equalTo("DOWN"));
        } finally {
            held.forEach(SqlConnection::closeAndAwait);
        }

        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private String setting(String name) {
        return pool.query("show " + name).execute()
                .map(rows -> rows.iterator().next().getString(0))
                .await().atMost(Duration.ofSeconds(10));
    }

    private List<SqlConnection> everyConnection() {
        List<Uni<SqlConnection>> all = IntStream.range(0, poolSize).mapToObj(i -> pool.getConnection()).toList();
        return Uni.join().all(all).andFailFast().await().atMost(Duration.ofSeconds(30));
    }
}
