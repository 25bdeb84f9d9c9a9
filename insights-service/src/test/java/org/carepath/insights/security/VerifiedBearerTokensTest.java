package org.carepath.insights.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.carepath.insights.Staff;
import org.carepath.platform.security.Roles;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A bearer token is verified once, and what was verified for it never answers for another token. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class VerifiedBearerTokensTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void theSameTokenTwiceIsVerifiedOnceAndSeenTheSame() {
        String token = Staff.reablementManager();
        double misses = count("miss");
        double hits = count("hit");

        String first = whoAmI(token);
        String second = whoAmI(token);

        assertEquals(misses + 1, count("miss"));
        assertEquals(hits + 1, count("hit"));
        assertEquals(first, second);
        given().auth().oauth2(token).get("/test/who-am-i").then().statusCode(200)
                .body("actor.userId", equalTo("mo.khan"))
                .body("actor.organisation", equalTo(Cast.COMMUNITY))
                .body("actor.roles", equalTo(List.of(Roles.MANAGER)))
                .body("principal", equalTo("mo.khan"))
                .body("identityOfThisRequest", equalTo(true));
    }

    @Test
    void aForgedOrExpiredTokenIsRefusedEveryTimeEvenAfterAValidOneIsKnown() {
        String valid = Staff.reablementManager();
        whoAmI(valid);
        String[] validParts = valid.split("\\.");
        String[] otherClaims = Staff.ops().split("\\.");
        String forged = validParts[0] + "." + otherClaims[1] + "." + validParts[2];
        String expired = TestTokens.staff("mo.khan", Cast.COMMUNITY).roles(Roles.MANAGER)
                .expiresAt(Instant.now().minusSeconds(3600)).token();
        double misses = count("miss");

        for (String refused : List.of(forged, forged, expired, expired)) {
            given().auth().oauth2(refused).get("/test/who-am-i")
                    .then().statusCode(401).contentType(containsString("application/problem+json"));
        }

        // a failure is never remembered: each refused request was verified
        assertEquals(misses + 4, count("miss"));
    }

    @Test
    void twoPeopleNeverGetEachOthersIdentity() {
        String manager = Staff.reablementManager();
        String triager = Staff.triager();
        Map<String, String> seen = Map.of(manager, whoAmI(manager), triager, whoAmI(triager));
        assertNotEquals(seen.get(manager), seen.get(triager));

        for (int round = 0; round < 3; round++) {
            for (String token : List.of(manager, triager)) {
                assertEquals(seen.get(token), whoAmI(token));
            }
        }
        given().auth().oauth2(triager).get("/test/who-am-i").then()
                .body("actor.userId", equalTo("colin.reed"))
                .body("actor.roles", equalTo(List.of(Roles.TRIAGER)));
    }

    private static String whoAmI(String token) {
        return given().auth().oauth2(token).get("/test/who-am-i").then().statusCode(200).extract().asString();
    }

    private double count(String result) {
        return metrics.counter("carepath.security.token.cache", "result", result).count();
    }
}
