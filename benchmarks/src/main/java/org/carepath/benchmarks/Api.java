package org.carepath.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The platform's HTTP side on 127.0.0.1: Keycloak tokens, the directory, plain JSON calls, and the load's client. */
final class Api implements AutoCloseable {

    static final String KEYCLOAK_TOKEN = "http://127.0.0.1:" + Ports.keycloak() + "/realms/carepath/protocol/openid-connect/token";
    static final String REFERRALS = "http://127.0.0.1:" + Ports.http("referrals");
    static final String IDENTITY = "http://127.0.0.1:" + Ports.http("identity");
    // the demo realm's public client and password (deploy/README.md; local only)
    private static final String CLI_CLIENT = "carepath-cli";
    private static final String DEMO_PASSWORD = "demo";
    private static final String BENCH_SERVICE = "CarePath benchmark intake";

    static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: each connection carries one request at a time, as the measurements did
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The load phases' requests: the JDK client above is for the few calls around them. */
    final LoadClient load = new LoadClient();

    /** An access token of a demo user (password grant), as in the launcher's demo. */
    String token(String user) throws IOException, InterruptedException {
        // Keycloak's first answers after a start can be slow on a busy machine
        for (int attempt = 1; ; attempt++) {
            try {
                return tokenOnce(user);
            } catch (java.net.http.HttpTimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private String tokenOnce(String user) throws IOException, InterruptedException {
        String form = form(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", user,
                "password", DEMO_PASSWORD));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK_TOKEN))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode token = JSON.readTree(response.body()).get("access_token");
        if (response.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token for " + user + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return token.asText();
    }

    /**
     * The directory service the benchmark refers to (RY1, created once like the demo's services),
     * so its referrals are told apart from the demo's.
     */
    String benchService(String adminToken) throws IOException, InterruptedException {
        call("PUT", REFERRALS + "/directory/organisations/RY1", adminToken,
                Map.of("name", "Northfield Community Health NHS Trust", "sector", "community", "area", "Northfield"), 200);
        JsonNode found = call("GET", REFERRALS + "/directory/services?organisation=RY1&name="
                + URLEncoder.encode(BENCH_SERVICE, StandardCharsets.UTF_8), adminToken, null, 200);
        JsonNode items = found.path("items");
        for (JsonNode item : items) {
            if (BENCH_SERVICE.equals(item.path("name").asText())) {
                return item.path("id").asText();
            }
        }
        JsonNode created = call("POST", REFERRALS + "/directory/services", adminToken,
                Map.of("organisation", "RY1", "name", BENCH_SERVICE, "team", "spa", "area", "Northfield",
                        "responseTargets", Map.of("routine", "5 working days")), 201);
        return created.path("id").asText();
    }

    /** One JSON call; fails unless it answers the expected status. */
    JsonNode call(String method, String url, String token, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, url, token, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    HttpResponse<String> send(String method, String url, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether a service answers its readiness check now. */
    boolean ready(String service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Ports.http(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        load.close();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
