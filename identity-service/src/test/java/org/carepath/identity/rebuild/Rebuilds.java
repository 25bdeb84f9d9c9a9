package org.carepath.identity.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.carepath.identity.Staff;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The rebuild job over HTTP, as an operator drives it. */
final class Rebuilds {

    static final String PATH = "/ops/projections/rebuild";
    /** Event ids the poisoned-record test puts on the topics: every later rebuild reports them again. */
    static final String POISON_PREFIX = "poison-";
    /** Why a rebuild fails a record no retry can apply (tests put such records on the topics on purpose). */
    private static final String POISONED = "PoisonEventException: ";

    private Rebuilds() {
    }

    static ValidatableResponse start() {
        return given().auth().oauth2(Staff.ops()).post(PATH).then();
    }

    static JsonPath status() {
        return given().auth().oauth2(Staff.ops()).get(PATH).then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse acceptFailures() {
        return given().auth().oauth2(Staff.ops()).post(PATH + "/accept-failures").then();
    }

    static ValidatableResponse abandon() {
        return given().auth().oauth2(Staff.ops()).delete(PATH).then();
    }

    static JsonPath awaitState(Duration patience, String... states) {
        await().atMost(patience).pollInterval(Duration.ofMillis(200))
                .until(() -> Set.of(states).contains(status().getString("state")));
        return status();
    }

    /**
     * Runs a rebuild to its switch. Poisoned records that tests (e.g. {@code PoisonedRecordRebuildTest}) put
     * on the topics stay there and are reported by every later rebuild: those, and only those, are accepted.
     */
    static JsonPath runToSwitch(Duration patience) {
        start().statusCode(202);
        return awaitSwitch(patience);
    }

    /** Waits for the started rebuild's switch, accepting poisoned records' failures only. */
    static JsonPath awaitSwitch(Duration patience) {
        JsonPath status = awaitState(patience, "switched", "awaiting-decision");
        if ("awaiting-decision".equals(status.getString("state"))) {
            List<String> reasons = status.getList("failures.reason", String.class);
            reasons.forEach(reason -> assertEquals(true, reason.startsWith(POISONED), "unexpected failure " + reason));
            acceptFailures().statusCode(200).body("state", in(List.of("running", "switched")));
            status = awaitState(patience, "switched");
        }
        given().auth().oauth2(Staff.ops()).get(PATH).then().body("state", equalTo("switched"));
        return status;
    }
}
