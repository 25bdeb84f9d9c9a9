package org.carepath.identity.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One POST of a delivery, as the log shows it: when, the endpoint's HTTP status or the error, how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    private String error;

    @Column(name = "latency_ms", nullable = false)
    private int latencyMs;

    protected DeliveryAttempt() {
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String error() {
        return error;
    }

    public int latencyMs() {
        return latencyMs;
    }
}
