package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.carepath.platform.http.InFlightLimit;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Clients that give up mid-request (a closed socket, a short timeout) must not cancel a transaction
 * half-way, leak a pooled connection or wedge the service: what an integration engine's timeouts
 * did to referrals-service before.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class DroppedRequestsResourceTest {

    private static final int DROPPED_PER_BURST = 300;

    @TestHTTPResource("/")
    URL service;

    @Inject
    Pool pool;

    @Inject
    InFlightLimit limit;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int poolSize;

    @Test
    void requestsDroppedMidFlightLeaveThePoolWholeAndTheServiceAnswering() throws Exception {
        String serviceId = Directory.overflowIntake();
        String token = Staff.hospitalReferrer();
        Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), serviceId));

        dropBurst(serviceId, token);
        dropBurst(serviceId, token);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(0, limit.inFlight(), "slots not freed when the clients left"));
        // the dropped requests' work goes on after their clients left: it commits or rolls back within a bound
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertEquals(0, serviceConnections("idle in transaction"),
                        "connections left in an open transaction"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertTrue(serviceConnections(null) <= poolSize,
                        "more connections than the pool holds: " + serviceConnections(null)));
        assertTimeoutPreemptively(Duration.ofSeconds(30), this::thePoolHandsOutEveryConnection);
        assertEquals(0, halfWrittenReferrals(serviceId), "referrals stored without their history line or event");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> answersANormalSubmit(serviceId));
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** Fires submits and reads, then closes each socket with a reset after 0 to 300 ms, mostly mid-transaction. */
    private void dropBurst(String serviceId, String token) throws Exception {
        ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < DROPPED_PER_BURST; i++) {
            Socket socket = new Socket(service.getHost(), service.getPort());
            socket.setSoLinger(true, 0);
            sockets.add(socket);
            send(socket, i % 4 == 0 ? readRequest(token) : submitRequest(serviceId, token));
            closer.schedule(() -> close(socket), i % 31 * 10L, TimeUnit.MILLISECONDS);
        }
        closer.shutdown();
        assertTrue(closer.awaitTermination(30, TimeUnit.SECONDS), "sockets not closed");
        assertTrue(sockets.stream().allMatch(Socket::isClosed));
    }

    private String submitRequest(String serviceId, String token) throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(Referrals.urgentFor(TestPeople.nhsNumber(), serviceId));
        return "POST /referrals HTTP/1.1\r\n"
                + "Host: " + service.getHost() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "\r\n"
                + new String(body, StandardCharsets.UTF_8);
    }

    private String readRequest(String token) {
        return "GET /referrals?size=100 HTTP/1.1\r\n"
                + "Host: " + service.getHost() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "\r\n";
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connections of the service's reactive pool in PostgreSQL, all or in one state. */
    private static int serviceConnections(String state) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var query = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = ? and application_name = 'referrals-service'"
                        + " and (?::text is null or state = ?::text)")) {
            query.setString(1, CarePathTestResource.DATABASE);
            query.setString(2, state);
            query.setString(3, state);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** Every connection at once: a leaked one would keep the last acquisition waiting. */
    private void thePoolHandsOutEveryConnection() {
        List<Uni<SqlConnection>> all = IntStream.range(0, poolSize).mapToObj(i -> pool.getConnection()).toList();
        List<SqlConnection> connections = Uni.join().all(all).andFailFast().await().atMost(Duration.ofSeconds(20));
        try {
            connections.forEach(connection -> connection.query("select 1").execute().await().atMost(Duration.ofSeconds(2)));
        } finally {
            connections.forEach(SqlConnection::closeAndAwait);
        }
        assertEquals(poolSize, connections.size());
    }

    /** Referrals to the service missing their submit history line or their referral.submitted outbox row. */
    private static int halfWrittenReferrals(String serviceId) throws SQLException {
        try (Connection connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var query = connection.prepareStatement("select count(*) from referral r where r.service_id = ?::uuid"
                        + " and (not exists (select 1 from referral_transition t where t.referral_id = r.id)"
                        + " or not exists (select 1 from outbox_message o where o.event_type = 'referral.submitted'"
                        + " and position(r.id::text in o.payload) > 0))")) {
            query.setString(1, serviceId);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    private void answersANormalSubmit(String serviceId) {
        given().auth().oauth2(Staff.hospitalReferrer()).contentType("application/json")
                .body(Referrals.urgentFor(TestPeople.nhsNumber(), serviceId))
                .post("/referrals")
                .then().statusCode(201)
                .body("serviceId", equalTo(serviceId));
    }
}
