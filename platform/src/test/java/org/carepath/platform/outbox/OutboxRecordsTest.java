package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.carepath.events.CloudEvent;
import org.carepath.platform.tracing.TraceContext;
import org.junit.jupiter.api.Test;

class OutboxRecordsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void theRecordCarriesTheRowsTopicKeyValueCloudEventHeadersAndOrigin() {
        var record = OutboxRecords.of(new PendingRow(7, "care.referrals.v1", "9434765919", "referral.submitted", "{\"a\":1}",
                        new TraceContext(TRACEPARENT, "vendor=x")),
                "referrals-service");

        assertEquals("care.referrals.v1", record.topic());
        assertEquals("9434765919", record.key());
        assertEquals("{\"a\":1}", record.value());
        assertEquals("referral.submitted", new String(record.headers().lastHeader(CloudEvent.TYPE_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals(CloudEvent.STRUCTURED_CONTENT_TYPE,
                new String(record.headers().lastHeader(CloudEvent.CONTENT_TYPE_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals("referrals-service/7",
                new String(record.headers().lastHeader(OutboxRecords.ORIGIN_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals(TRACEPARENT, new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8));
        assertEquals("vendor=x", new String(record.headers().lastHeader("tracestate").value(), StandardCharsets.UTF_8));
    }

    @Test
    void anEventRecordedOutsideATraceHasNoTraceHeaders() {
        var record = OutboxRecords.of(new PendingRow(8, "care.referrals.v1", "9434765919", "referral.submitted", "{}",
                TraceContext.NONE), "referrals-service");

        assertNull(record.headers().lastHeader("traceparent"));
        assertNull(record.headers().lastHeader("tracestate"));
    }

    @Test
    void theSizeCountsUtf8BytesOfValueKeyAndHeaders() {
        // the origin header is counted at its longest: a service name and a position
        int headers = "content-type".length() + CloudEvent.STRUCTURED_CONTENT_TYPE.length() + "ce_type".length() + "t".length()
                + OutboxRecords.ORIGIN_HEADER.length() + 120
                // the trace headers at their longest
                + "traceparent".length() + 55 + "tracestate".length() + 512;

        // "é" is two bytes in UTF-8
        assertEquals(4 + 10 + headers, OutboxRecords.sizeOf("9434765919", "t", "éé"));
        assertEquals(2 + headers, OutboxRecords.sizeOf(null, "t", "{}"));
    }
}
