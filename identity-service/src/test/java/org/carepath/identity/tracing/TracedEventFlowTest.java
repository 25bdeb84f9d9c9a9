package org.carepath.identity.tracing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A referral event carrying the trace of the request that recorded it (the relay's traceparent header;
 * referrals-service's ReferralTraceFlowTest shows the POST puts it there) is applied in a span of
 * that same trace, a child of the request's span.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class TracedEventFlowTest {

    // as referrals-service's request span would write it: trace id, span id, sampled
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String REQUEST_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + REQUEST_SPAN + "-01";

    @Inject
    RecordedSpans spans;

    @Test
    void theJourneyConsumerSpanJoinsTheTraceTheEventCarries() {
        String person = TestPeople.nhsNumber();
        CloudEvent<CareEvent> submitted = Referrals.hospitalToCommunity(person, Instant.now());

        TestKafka.get().send(Topics.REFERRALS, person, TestEvents.json(submitted),
                CloudEvent.CONTENT_TYPE_HEADER, CloudEvent.STRUCTURED_CONTENT_TYPE, CloudEvent.TYPE_HEADER, submitted.type(),
                "traceparent", TRACEPARENT);

        SpanData consumed = await().atMost(Duration.ofSeconds(20)).until(() -> spans.ended().stream()
                .filter(span -> TRACE_ID.equals(span.getTraceId()) && span.getName().equals("process " + Topics.REFERRALS))
                .findFirst().orElse(null), span -> span != null);
        assertEquals(REQUEST_SPAN, consumed.getParentSpanId());
        assertEquals("journey", consumed.getAttributes().get(AttributeKey.stringKey("carepath.consumer")));
    }
}
