package org.carepath.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads a {@link CareActor} from the claims the {@code carepath} realm's mappers put in every token. */
public final class CareActorClaims {

    public static final String ORGANISATION = "organisation";
    public static final String TEAMS = "teams";
    public static final String PROFESSION = "profession";

    private CareActorClaims() {
    }

    public static CareActor read(JsonWebToken token, Set<String> roles) {
        String name = firstPresent(token.getClaim("name"), token.getClaim("preferred_username"), token.getSubject());
        return new CareActor(token.getSubject(), name, optionalText(token.getClaim(ORGANISATION)), teams(token),
                optionalText(token.getClaim(PROFESSION)), roles);
    }

    // Keycloak writes a multivalued attribute as an array, a single value as a string.
    private static Set<String> teams(JsonWebToken token) {
        Object claim = token.getClaim(TEAMS);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(CareActorClaims::text).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(text(claim));
    }

    private static String text(Object value) {
        return value instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(value);
    }

    private static String optionalText(Object value) {
        return value == null ? null : text(value);
    }

    private static String firstPresent(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null) {
                return text(candidate);
            }
        }
        return null;
    }
}
