package org.carepath.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The W3C trace context an event carries: the CloudEvents distributed tracing extension
 * ({@code traceparent}, {@code tracestate}) in the envelope, and the same two as Kafka headers, the
 * OpenTelemetry messaging convention, so a consumer joins the trace without parsing the value again.
 *
 * @param traceparent null when the event was recorded outside any trace
 * @param tracestate  null when the trace has none
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final TraceContext NONE = new TraceContext(null, null);

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The context of the span current on this thread or Vert.x context; {@link #NONE} outside a trace. */
    public static TraceContext current() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The trace a Kafka record's headers continue, as a parent for a span; the root context when they name none. */
    public static Context parentOf(Headers headers) {
        return W3C.extract(Context.root(), headers, KAFKA_HEADERS);
    }

    public boolean isPresent() {
        return traceparent != null;
    }

    /** The 32 hex digits of the trace id, or null. */
    public String traceId() {
        return traceparent == null ? null : traceparent.substring(3, 35);
    }

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return () -> Arrays.stream(headers.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
