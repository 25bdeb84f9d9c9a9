package org.carepath.identity.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.domain.Conflict;
import org.carepath.platform.security.CareActor;

/**
 * One event for one subscription: queued by the consumer, posted by the worker until the endpoint takes it
 * (2xx) or the attempts run out. Queued once per subscription and event (a redelivered event changes nothing).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String DEAD = "dead";

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "redelivered_by")
    private String redeliveredBy;

    @Column(name = "redelivered_at")
    private Instant redeliveredAt;

    protected WebhookDelivery() {
    }

    /**
     * Queued again with a full set of attempts, from now. Asking again while it waits changes nothing, so a
     * repeated request cannot make it go twice.
     */
    void redeliver(CareActor by, Instant now) {
        if (PENDING.equals(status)) {
            return;
        }
        // as PostgreSQL keeps it, so this answer and every later read agree
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.status = PENDING;
        this.attempts = 0;
        this.nextAttemptAt = at;
        this.redeliveredBy = by.userId();
        this.redeliveredAt = at;
    }

    /** A delivery of a disabled subscription is not sent again. */
    static Conflict disabled(UUID subscriptionId) {
        return new Conflict("subscription " + subscriptionId + " is disabled: its deliveries are not sent again");
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    /** When it is next tried; null unless pending. */
    public Instant nextAttemptAt() {
        return PENDING.equals(status) ? nextAttemptAt : null;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String redeliveredBy() {
        return redeliveredBy;
    }

    public Instant redeliveredAt() {
        return redeliveredAt;
    }
}
