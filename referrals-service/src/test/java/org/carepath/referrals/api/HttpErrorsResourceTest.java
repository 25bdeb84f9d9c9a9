package org.carepath.referrals.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the HTTP layer refuses before any endpoint runs is problem+json too, in plain words. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class HttpErrorsResourceTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void anUnknownPathIs404() throws Exception {
        assertProblem(send(request("/no-such-thing").GET()), 404, "there is nothing at this address");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405NamingTheOnesItDoes() throws Exception {
        assertProblem(send(request("/referrals").DELETE()), 405, "this address does not take DELETE");
    }

    @Test
    void anAnswerInAMediaTypeNoEndpointGivesIs406() throws Exception {
        assertProblem(send(request("/referrals").header("Accept", "application/xml").GET()), 406,
                "the answer cannot be given in the media type asked for");
    }

    @Test
    void aBodyInAMediaTypeTheEndpointDoesNotTakeIs415() throws Exception {
        assertProblem(send(request("/referrals").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<referral/>"))), 415, "a body sent as application/xml is not taken here");
    }

    @Test
    void aUriOverTheLimitIs414() throws Exception {
        String uri = "/referrals?status=" + "x".repeat(5_000);
        assertProblem(send(request(uri).GET()), 414,
                "the address with its query is " + uri.length() + " characters long; the most is 4096");
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        assertProblem(send(request("/referrals").header("X-Filler", "x".repeat(100_000)).GET()), 431,
                "the request headers add up to 1");
    }

    @Test
    void opsEndpointsAnswerProblemsToo() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(root.resolve("/q/no-such-thing")).GET()), 404, "there is nothing at this address");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Staff.hospitalReferrer());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        var problem = TestEvents.read(response.body());
        assertAll(
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]),
                () -> assertTrue(problem.path("type").asText().startsWith("urn:carepath:problem:"), response.body()),
                () -> assertFalse(problem.path("title").asText().isBlank()),
                () -> assertEquals(status, problem.path("status").asInt()),
                () -> assertTrue(problem.path("detail").asText().startsWith(detail), response.body()),
                () -> assertFalse(response.body().contains("java") || response.body().contains("Exception"), response.body()));
    }
}
