package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.carepath.events.CloudEvent;
import org.junit.jupiter.api.Test;

class OutboxRecordsTest {

    @Test
    void theRecordCarriesTheRowsTopicKeyValueCloudEventHeadersAndOrigin() {
        var record = OutboxRecords.of(new PendingRow(7, "care.referrals.v1", "9434765919", "referral.submitted", "{\"a\":1}"),
                "referrals-service");

        assertEquals("care.referrals.v1", record.topic());
        assertEquals("9434765919", record.key());
        assertEquals("{\"a\":1}", record.value());
        assertEquals("referral.submitted", new String(record.headers().lastHeader(CloudEvent.TYPE_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals(CloudEvent.STRUCTURED_CONTENT_TYPE,
                new String(record.headers().lastHeader(CloudEvent.CONTENT_TYPE_HEADER).value(), StandardCharsets.UTF_8));
        assertEquals("referrals-service/7",
                new String(record.headers().lastHeader(OutboxRecords.ORIGIN_HEADER).value(), StandardCharsets.UTF_8));
    }

    @Test
    void theSizeCountsUtf8BytesOfValueKeyAndHeaders() {
        // the origin header is counted at its longest: a service name and a position
        int headers = "content-type".length() + CloudEvent.STRUCTURED_CONTENT_TYPE.length() + "ce_type".length() + "t".length()
                + OutboxRecords.ORIGIN_HEADER.length() + 120;

        // "é" is two bytes in UTF-8
        assertEquals(4 + 10 + headers, OutboxRecords.sizeOf("9434765919", "t", "éé"));
        assertEquals(2 + headers, OutboxRecords.sizeOf(null, "t", "{}"));
    }
}
