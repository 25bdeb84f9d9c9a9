package org.carepath.referrals.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.carepath.events.Topics;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The POST of a referral joins the caller's trace, and the event it records carries that trace: in the
 * CloudEvent (distributed tracing extension) and as the record's traceparent header, which
 * identity-service's consumer continues (its TracedEventFlowTest).
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralTraceFlowTest {

    // the caller's trace, as a gateway or browser would send it
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-b7ad6b7169203331-01";

    @Test
    void theSubmittedEventCarriesTheTraceOfThePost() {
        String person = TestPeople.nhsNumber();
        given().auth().oauth2(Staff.hospitalReferrer()).contentType(ContentType.JSON)
                .header("traceparent", TRACEPARENT)
                .body(Referrals.urgentFor(person, Directory.reablement()))
                .post("/referrals")
                .then().statusCode(201);

        var record = await().atMost(Duration.ofSeconds(20)).until(() -> TestKafka.get().records(Topics.REFERRALS).stream()
                .filter(found -> person.equals(found.key()))
                .findFirst().orElse(null), found -> found != null);
        String header = TestKafka.header(record, "traceparent");
        String extension = TestEvents.read(record.value()).path("traceparent").asText();

        assertEquals(TRACE_ID, header.substring(3, 35), "the record's header continues the POST's trace: " + header);
        assertEquals(header, extension, "the CloudEvent carries the same trace context");
    }
}
