package org.carepath.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens shaped like the {@code carepath} realm's (organisation, teams, profession,
 * realm roles), signed with a key made for this test JVM. Services under test accept them
 * because {@link #quarkusConfig()} gives them the public key; nothing else does.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/carepath";

    private static final KeyPair KEYS = generateKeys();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {
    }

    /** A staff member of the organisation; add teams, roles and profession as the test needs. */
    public static Builder staff(String userId, String organisation) {
        return new Builder(userId, organisation);
    }

    /** The OIDC settings that make a service verify tokens with this JVM's key instead of calling Keycloak. */
    public static Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    public static final class Builder {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant expiresAt = Instant.now().plusSeconds(3600);

        private Builder(String userId, String organisation) {
            claims.put("iss", ISSUER);
            claims.put("sub", userId);
            claims.put("preferred_username", userId);
            claims.put("name", userId);
            claims.put("typ", "Bearer");
            claims.put("jti", UUID.randomUUID().toString());
            organisation(organisation);
            claims.put("teams", List.of());
            claims.put("realm_access", Map.of("roles", List.of()));
        }

        /** The organisation the person works for, e.g. after a move; null for the platform's own staff. */
        public Builder organisation(String organisation) {
            if (organisation == null) {
                claims.remove("organisation");
            } else {
                claims.put("organisation", organisation);
            }
            return this;
        }

        public Builder name(String name) {
            claims.put("name", name);
            return this;
        }

        public Builder teams(String... teams) {
            claims.put("teams", List.of(teams));
            return this;
        }

        public Builder profession(String profession) {
            claims.put("profession", profession);
            return this;
        }

        public Builder roles(String... roles) {
            claims.put("realm_access", Map.of("roles", List.copyOf(Set.of(roles))));
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** The signed token, ready for {@code Authorization: Bearer ...}. */
        public String token() {
            Map<String, Object> body = new LinkedHashMap<>(claims);
            body.put("iat", Instant.now().getEpochSecond());
            body.put("exp", expiresAt.getEpochSecond());
            String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", "testkit")) + "." + encode(body);
            return signingInput + "." + sign(signingInput);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEYS.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
