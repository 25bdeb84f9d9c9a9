package org.carepath.referrals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.carepath.platform.http.InFlightLimit;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Past the in-flight limit a request is refused at once with 503 and Retry-After, never queued. */
@QuarkusTest
@TestProfile(InFlightLimitResourceTest.OneAtATime.class)
@WithTestResource(CarePathTestResource.class)
class InFlightLimitResourceTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carepath.http.max-in-flight", "1", "carepath.http.retry-after", "2s");
        }
    }

    @TestHTTPResource("/")
    URL service;

    @Inject
    InFlightLimit limit;

    @Test
    void aRequestPastTheLimitGets503WithRetryAfterAndTheSlotComesBackWhenTheClientLeaves() throws IOException {
        try (Socket held = requestWaitingForItsBody()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(1, limit.inFlight()));

            given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", equalTo("urn:carepath:problem:overloaded"))
                    .body("status", equalTo(503));
            given().get("/q/health/ready").then().statusCode(200);
        }
        // counted under one uri however many people's addresses are refused, never under the raw path
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(requestSeries()
                .anyMatch(series -> series.contains("uri=\"/REFUSED\"") && series.contains("status=\"503\"")),
                () -> requestSeries().toList().toString()));
        assertTrue(requestSeries().noneMatch(series -> series.contains("status=\"503\"") && !series.contains("uri=\"/REFUSED\"")),
                () -> requestSeries().toList().toString());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(0, limit.inFlight()));
        given().auth().oauth2(Staff.hospitalReferrer()).get("/referrals").then().statusCode(200);
    }

    private static Stream<String> requestSeries() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"));
    }

    /** A submit whose body never finishes: it holds its slot until the client closes the socket. */
    private Socket requestWaitingForItsBody() throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /referrals HTTP/1.1\r\n"
                + "Host: " + service.getHost() + "\r\n"
                + "Authorization: Bearer " + Staff.hospitalReferrer() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 1000\r\n"
                + "\r\n"
                + "{\"serviceId\":").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }
}
