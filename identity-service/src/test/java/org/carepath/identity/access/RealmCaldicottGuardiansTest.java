package org.carepath.identity.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carepath.platform.security.Roles;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm the launcher and compose load has a Caldicott guardian for every demo organisation. */
class RealmCaldicottGuardiansTest {

    private static final Path REALM = Path.of("..", "deploy", "keycloak", "carepath-realm.json");
    private static final List<String> DEMO_ORGANISATIONS = List.of("RX1", "RY1", "LA1", "VB1");

    @Test
    void everyDemoOrganisationHasACaldicottGuardianWhoSignsInWithTheDemoPassword() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertTrue(roles.contains(Roles.CALDICOTT_GUARDIAN), "realm roles " + roles);

        for (String organisation : DEMO_ORGANISATIONS) {
            List<JsonNode> guardians = new ArrayList<>();
            realm.path("users").forEach(user -> {
                boolean guardian = false;
                for (JsonNode role : user.path("realmRoles")) {
                    guardian |= Roles.CALDICOTT_GUARDIAN.equals(role.asText());
                }
                if (guardian && organisation.equals(user.path("attributes").path("organisation").path(0).asText())) {
                    guardians.add(user);
                }
            });
            assertEquals(1, guardians.size(), "Caldicott guardians of " + organisation);
            JsonNode credential = guardians.get(0).path("credentials").path(0);
            assertEquals("demo", credential.path("value").asText(), organisation);
            assertTrue(guardians.get(0).path("enabled").asBoolean(), organisation);
        }
    }
}
