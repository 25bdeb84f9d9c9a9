package org.carepath.systemtests.realm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepath.systemtests.ServiceProcess;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The real {@code carepath} realm (deploy/keycloak/carepath-realm.json) in the Keycloak the launcher
 * runs: every demo user's token carries the claims the services read ({@code CareActor}: subject,
 * name, organisation, teams, profession, realm roles), and a packaged service configured as in
 * production (OIDC discovery of the realm, no test key) reads them as the caller.
 */
class KeycloakRealmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPOSITORY = Path.of(System.getProperty("carepath.repository.dir", ".."));
    private static final Path REALM_FILE = REPOSITORY.resolve("deploy/keycloak/carepath-realm.json");
    private static final String DEMO_PASSWORD = "demo";

    private static KeycloakProcess keycloak;
    private static ServiceProcess identity;
    private static JsonNode realm;

    @BeforeAll
    static void start() throws IOException {
        realm = JSON.readTree(REALM_FILE.toFile());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        keycloak = KeycloakProcess.start(Path.of(System.getProperty("keycloak.home")), REALM_FILE, tmp.resolve("keycloak.log"));
        Map<String, String> config = new HashMap<>(TestPostgres.get().quarkusConfig("identity"));
        config.putAll(TestKafka.get().quarkusConfig());
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        identity = ServiceProcess.start("identity-service", config, tmp.resolve("identity-service-keycloak.log"));
    }

    @AfterAll
    static void stop() {
        if (identity != null) {
            identity.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void everyDemoUsersTokenCarriesTheClaimsTheServicesRead() {
        List<String> checked = new ArrayList<>();
        for (JsonNode user : demoUsers()) {
            String username = user.get("username").asText();
            JsonNode claims = claims(passwordToken(username));

            assertEquals(keycloak.realmUrl(), claims.path("iss").asText(), username + ": issuer");
            assertFalse(claims.path("sub").asText().isBlank(), username + ": subject");
            assertEquals(username, claims.path("preferred_username").asText(), username + ": preferred_username");
            assertEquals(fullName(user), claims.path("name").asText(), username + ": name");
            JsonNode attributes = user.path("attributes");
            assertEquals(single(attributes, "organisation"), text(claims, "organisation"), username + ": organisation");
            assertEquals(single(attributes, "profession"), text(claims, "profession"), username + ": profession");
            assertEquals(Set.copyOf(values(attributes.path("teams"))), Set.copyOf(values(claims.path("teams"))),
                    username + ": teams, every one");
            List<String> roles = values(claims.path("realm_access").path("roles"));
            assertTrue(roles.containsAll(values(user.path("realmRoles"))), username + ": realm roles " + roles);
            checked.add(username);
        }
        assertTrue(checked.size() >= 6, "the realm's demo users: " + checked);
    }

    @Test
    void aServiceReadsTheCallerFromARealTokenAsTheStaffDirectoryShows() {
        for (String username : List.of("hana.ahmed", "colin.reed", "sam.patel")) {
            JsonNode user = demoUser(username);
            String token = passwordToken(username);
            String userId = claims(token).get("sub").asText();
            given().auth().oauth2(token)
                    .get(identity.url() + "/practitioners/" + userId)
                    .then().statusCode(200)
                    .body("userId", equalTo(userId))
                    .body("name", equalTo(fullName(user)))
                    .body("organisation", equalTo(single(user.path("attributes"), "organisation")))
                    .body("profession", equalTo(single(user.path("attributes"), "profession")))
                    .body("teams", containsInAnyOrder(values(user.path("attributes").path("teams")).toArray()));
        }
    }

    @Test
    void realmRolesDecideWhatACallerMayDo() {
        // ops may look: no rebuild has run in this fresh database, which is a 404, not a 403
        given().auth().oauth2(passwordToken("ops.duty"))
                .get(identity.url() + "/ops/projections/rebuild")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(passwordToken("hana.ahmed"))
                .get(identity.url() + "/ops/projections/rebuild")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * Each hospital's or council's integration engine is its own client: its token names the
     * organisation its service account holds in the realm, never one shared hard-coded claim.
     */
    @Test
    void eachIntegrationClientGetsItsRoleAndItsOwnOrganisationByClientCredentials() {
        Map<String, String> organisations = new HashMap<>();
        for (JsonNode account : serviceAccounts()) {
            if (!values(account.path("realmRoles")).contains("integration")) {
                continue;
            }
            String clientId = account.get("serviceAccountClientId").asText();
            String token = given()
                    .formParam("grant_type", "client_credentials")
                    .formParam("client_id", clientId)
                    .formParam("client_secret", client(clientId).get("secret").asText())
                    .post(keycloak.realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200)
                    .extract().path("access_token");
            JsonNode claims = claims(token);
            assertTrue(values(claims.path("realm_access").path("roles")).contains("integration"), clientId + ": role");
            assertEquals(single(account.path("attributes"), "organisation"), text(claims, "organisation"),
                    clientId + ": organisation");
            organisations.put(clientId, text(claims, "organisation"));
            given().auth().oauth2(token)
                    .get(identity.url() + "/practitioners")
                    .then().statusCode(200);
        }
        assertEquals(Map.of("carepath-integration", "RX1", "carepath-integration-rx2", "RX2",
                "carepath-integration-la1", "LA1"), organisations, "two hospitals' engines and one council's");
    }

    @Test
    void aTokenThatIsMissingOrAlteredIsRefused() {
        given().get(identity.url() + "/practitioners")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));

        // the same signature over claims that now name another organisation
        String[] parts = passwordToken("sam.patel").split("\\.");
        ObjectNode claims = (ObjectNode) claims(String.join(".", parts));
        claims.put("organisation", "RX1");
        String forged = parts[0] + "." + base64Url(claims.toString()) + "." + parts[2];
        given().auth().oauth2(forged)
                .get(identity.url() + "/practitioners")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    private static String passwordToken(String username) {
        return keycloak.passwordToken(username, DEMO_PASSWORD);
    }

    /** The realm's people (users with a password; service accounts have none). */
    private static List<JsonNode> demoUsers() {
        return usersWith("credentials");
    }

    /** The integration engines' and other clients' service accounts. */
    private static List<JsonNode> serviceAccounts() {
        return usersWith("serviceAccountClientId");
    }

    private static List<JsonNode> usersWith(String field) {
        List<JsonNode> users = new ArrayList<>();
        realm.get("users").forEach(user -> {
            if (user.has(field)) {
                users.add(user);
            }
        });
        return users;
    }

    private static JsonNode demoUser(String username) {
        return demoUsers().stream()
                .filter(user -> username.equals(user.get("username").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException(username + " is not in " + REALM_FILE));
    }

    private static String fullName(JsonNode user) {
        return user.get("firstName").asText() + " " + user.get("lastName").asText();
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new IllegalStateException(clientId + " is not in " + REALM_FILE);
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A claim or attribute that may be one value or a list of values, as a list. */
    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }

    private static String single(JsonNode attributes, String name) {
        List<String> values = values(attributes.path(name));
        return values.isEmpty() ? null : values.get(0);
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
