package org.carepath.platform.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tracing.TraceContext;

/** One event stored with the state change that caused it, until the relay has published it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Commit order of a person's events: the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "message_key", updatable = false)
    public String key;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The W3C trace context of the request that recorded the event; the relay sends it as Kafka headers. */
    @Column(updatable = false)
    public String traceparent;

    @Column(updatable = false)
    public String tracestate;

    protected OutboxMessage() {
    }

    OutboxMessage(String eventId, String topic, String key, String eventType, String payload, Instant createdAt,
            TraceContext trace) {
        this.eventId = eventId;
        this.topic = topic;
        this.key = key;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.traceparent = trace.traceparent();
        this.tracestate = trace.tracestate();
    }
}
