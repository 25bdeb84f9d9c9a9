package org.carepath.careplan.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The live tail streams a topic's matching events with their envelope; the data only to admin, audited. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class TailFlowTest {

    private static final String REFERRALS = "/carepath/referrals-service";
    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");

    @TestHTTPResource("/ops/tail")
    URI tail;

    @Test
    void theTailStreamsOnlyMatchingEventsAndHidesTheirDataFromOps() throws Exception {
        String person = TestPeople.nhsNumber();
        String other = TestPeople.nhsNumber();
        Instant since = published(held(person));
        CloudEvent<CareEvent> wanted = accepted(person);
        TestEvents.publish(accepted(other));
        TestEvents.publish(wanted);

        JsonNode shown = first(tail(Cast.opsEngineer().token(), person, since), 1).get(0);

        assertEquals(wanted.id(), shown.path("id").asText());
        assertEquals("referral.accepted", shown.path("type").asText());
        assertEquals(REFERRALS, shown.path("source").asText());
        assertEquals(person, shown.path("subject").asText());
        assertEquals(person, shown.path("key").asText());
        assertTrue(shown.has("partition") && shown.has("offset") && shown.has("time"), shown.toString());
        assertFalse(shown.has("data"), "ops alone never sees the payload: " + shown);
        assertEquals(0, payloadReads(wanted.id()));
        assertEquals(1, count("select count(*) from ops_audit where action = 'tail' and user_id = 'ops.engineer'"
                + " and outcome = 'metadata-only' and reason like ?", "%key=" + person + "%"));
    }

    @Test
    void adminSeesTheDataAndEachPayloadShownIsAudited() throws Exception {
        String person = TestPeople.nhsNumber();
        Instant since = published(held(person));
        CloudEvent<CareEvent> wanted = accepted(person);
        TestEvents.publish(wanted);

        JsonNode shown = first(tail(Cast.carepathAdmin().roles("admin").token(), person, since), 1).get(0);

        assertEquals(wanted.id(), shown.path("id").asText());
        assertEquals(person, shown.path("data").path("nhsNumber").asText());
        assertEquals(1, payloadReads(wanted.id()));
    }

    @Test
    void aTailOfNoCareTopicOrByAnyoneElseIsRefused() {
        given().auth().oauth2(Cast.opsEngineer().token()).queryParam("topic", "__consumer_offsets").get("/ops/tail")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Cast.colinReed().token()).queryParam("topic", Topics.REFERRALS).get("/ops/tail")
                .then().statusCode(403);
    }

    /** Publishes the event and returns its record's time on the broker: a tail from then on sees it and what follows. */
    private static Instant published(CloudEvent<CareEvent> event) {
        TestEvents.publish(event);
        return TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(record -> record.value().contains(event.id()))
                .map(record -> Instant.ofEpochMilli(record.timestamp()))
                .findFirst().orElseThrow();
    }

    private Stream<String> tail(String token, String key, Instant since) throws IOException, InterruptedException {
        URI uri = URI.create(tail + "?topic=" + Topics.REFERRALS + "&type=referral.accepted&key=" + key
                + "&since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The first n events of the stream, then the stream is closed (the client goes away, the tail ends). */
    private static List<JsonNode> first(Stream<String> lines, int n) {
        try (lines) {
            return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                List<JsonNode> events = new ArrayList<>();
                Iterator<String> each = lines.iterator();
                while (events.size() < n && each.hasNext()) {
                    String line = each.next();
                    if (line.startsWith("data:")) {
                        events.add(TestEvents.read(line.substring("data:".length())));
                    }
                }
                return events;
            });
        }
    }

    private static CloudEvent<CareEvent> accepted(String person) {
        return TestEvents.envelope(REFERRALS, person, Instant.now(), new ReferralAccepted(UUID.randomUUID(), person, TRIAGER,
                UUID.randomUUID(), "Home reablement", Cast.COMMUNITY, "reablement", Cast.HOSPITAL, Instant.now()));
    }

    private static CloudEvent<CareEvent> held(String person) {
        return TestEvents.envelope(REFERRALS, person, Instant.now(),
                new ReferralHeld(UUID.randomUUID(), person, TRIAGER, "waiting for a bed", Instant.now()));
    }

    private static long payloadReads(String eventId) throws SQLException {
        return count("select count(*) from ops_audit where action = 'payload-read' and target = ?", eventId);
    }

    private static long count(String query, String... parameters) throws SQLException {
        return TestPostgres.get().count(CarePathTestResource.DATABASE, query, parameters);
    }
}
