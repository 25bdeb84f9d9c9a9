package org.carepath.platform.tracing;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The span of a consumer applying one record, a child of the trace the record carries, so a consumer's
 * work joins the request that caused the event. While it runs the span is current on the message's
 * Vert.x context, so the events the consumer records in turn continue the same trace.
 */
@ApplicationScoped
public class ConsumerSpans {

    private final Tracer tracer;

    public ConsumerSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    public <T> Uni<T> around(String consumer, Message<?> message, Supplier<Uni<? extends T>> work) {
        return Uni.createFrom().deferred(() -> traced(consumer, message, work));
    }

    private <T> Uni<T> traced(String consumer, Message<?> message, Supplier<Uni<? extends T>> work) {
        var metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        String topic = metadata.map(IncomingKafkaRecordMetadata::getTopic).orElse("unknown");
        Headers headers = metadata.map(IncomingKafkaRecordMetadata::getHeaders).orElseGet(RecordHeaders::new);
        Span span = tracer.spanBuilder("process " + topic)
                .setParent(TraceContext.parentOf(headers))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("carepath.consumer", consumer)
                .startSpan();
        // only a duplicated context is the message's own: elsewhere the scope would outlive it on a shared thread
        Scope scope = VertxContext.isOnDuplicatedContext() ? span.makeCurrent() : Scope.noop();
        return Uni.createFrom().<T>deferred(work)
                .onTermination().invoke((item, failure, cancelled) -> end(span, scope, failure));
    }

    private static void end(Span span, Scope scope, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
        scope.close();
        span.end();
    }
}
