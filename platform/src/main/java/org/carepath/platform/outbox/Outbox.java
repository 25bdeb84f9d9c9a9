package org.carepath.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.TooLarge;
import org.carepath.platform.tracing.TraceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Where a service puts the events its state changes cause. Call it inside the transaction that
 * saves the change: the event is then published if, and only if, the change commits.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final String source;

    public Outbox(OutboxRepository repository, ObjectMapper json, OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.repository = repository;
        this.json = json;
        this.config = config;
        this.source = "/carepath/" + application;
    }

    /**
     * Stores the event in its CloudEvent envelope on its catalogued topic, keyed by its subject (the
     * person's NHS number, so one person's events stay in order), timed when it happened, from this service.
     */
    public Uni<Void> publish(CareEvent event) {
        var entry = EventCatalog.of(event.getClass());
        return append(entry.topic(), CloudEvent.of(source, entry.type(), event.subject(), event.time(), event));
    }

    /** {@link #publish(CareEvent)} each event, in order. */
    public Uni<Void> publishAll(List<? extends CareEvent> events) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (CareEvent event : events) {
            all = all.chain(() -> publish(event));
        }
        return all;
    }

    /**
     * Stores the event for the topic, keyed by its subject (the person's NHS number) so a person's
     * events stay ordered. An event Kafka could never take is refused here (413), so the caller's
     * transaction rolls back rather than commit a change whose event would never be published.
     * The event carries the trace of the request (or consumer) recording it, so its consumers' spans join it.
     */
    public Uni<Void> append(String topic, CloudEvent<?> event) {
        TraceContext trace = TraceContext.current();
        String payload = withTraceContext(serialise(event), trace);
        int size = OutboxRecords.sizeOf(event.subject(), event.type(), payload);
        if (size > config.maxEventBytes()) {
            return Uni.createFrom().failure(tooLarge(event, size));
        }
        OutboxMessage message = new OutboxMessage(event.id(), topic, event.subject(), event.type(), payload, event.time(),
                trace);
        return repository.persist(message).replaceWithVoid();
    }

    private Refusal tooLarge(CloudEvent<?> event, int size) {
        return new TooLarge("event-too-large", "Event too large",
                "The change would publish a " + event.type() + " event of " + size + " bytes; at most "
                        + config.maxEventBytes() + " bytes can be published. Send less text or fewer items.")
                .with("eventType", event.type())
                .with("eventBytes", size)
                .with("maxEventBytes", config.maxEventBytes());
    }

    /**
     * The CloudEvents distributed tracing extension: in structured mode its attributes are members of
     * the envelope. Added to the serialised envelope (an object, so it ends with its closing brace)
     * rather than to {@code CloudEvent}, which every producer and consumer builds.
     */
    private String withTraceContext(String envelope, TraceContext trace) {
        if (!trace.isPresent()) {
            return envelope;
        }
        StringBuilder traced = new StringBuilder(envelope.length() + 80).append(envelope, 0, envelope.length() - 1)
                .append(",\"").append(TraceContext.TRACEPARENT).append("\":").append(quoted(trace.traceparent()));
        if (trace.tracestate() != null) {
            traced.append(",\"").append(TraceContext.TRACESTATE).append("\":").append(quoted(trace.tracestate()));
        }
        return traced.append('}').toString();
    }

    private String serialise(CloudEvent<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
