package org.carepath.platform.outbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.carepath.events.CloudEvent;
import org.carepath.platform.tracing.TraceContext;

/** The Kafka record of an outbox row, and its size as Kafka counts it, in one place so the two agree. */
final class OutboxRecords {

    /**
     * Which service's outbox row a record is ({@code <service>/<position>}): after a crash the relay
     * reads it back to tell the rows Kafka already holds from those it must still send.
     */
    static final String ORIGIN_HEADER = "carepath-outbox-origin";

    private static final byte[] STRUCTURED = CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);
    // the origin header's name and the longest value it takes (a service name and a position)
    private static final int ORIGIN_BYTES = ORIGIN_HEADER.length() + 120;
    // the trace headers at their longest: a traceparent is 55 characters, a tracestate at most 512 (W3C)
    private static final int TRACE_BYTES = TraceContext.TRACEPARENT.length() + 55 + TraceContext.TRACESTATE.length() + 512;

    private OutboxRecords() {
    }

    static ProducerRecord<String, String> of(PendingRow row, String service) {
        var headers = new RecordHeaders()
                .add(CloudEvent.CONTENT_TYPE_HEADER, STRUCTURED)
                .add(CloudEvent.TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8))
                .add(ORIGIN_HEADER, origin(service, row.position()).getBytes(StandardCharsets.UTF_8));
        if (row.trace().isPresent()) {
            headers.add(TraceContext.TRACEPARENT, row.trace().traceparent().getBytes(StandardCharsets.UTF_8));
        }
        if (row.trace().tracestate() != null) {
            headers.add(TraceContext.TRACESTATE, row.trace().tracestate().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    /** Bytes of value, key and headers: what must fit under the broker's message size besides the framing. */
    static int sizeOf(String key, String eventType, String payload) {
        return utf8(payload) + utf8(key)
                + utf8(CloudEvent.CONTENT_TYPE_HEADER) + STRUCTURED.length
                + utf8(CloudEvent.TYPE_HEADER) + utf8(eventType)
                + ORIGIN_BYTES + TRACE_BYTES;
    }

    static String origin(String service, long position) {
        return service + "/" + position;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
