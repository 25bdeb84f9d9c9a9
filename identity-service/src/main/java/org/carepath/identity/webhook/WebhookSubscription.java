package org.carepath.identity.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.security.CareActor;

/** An organisation's endpoint for the event types it wants to hear about, with the secret deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String url;

    @Convert(converter = EventTypes.class)
    @Column(name = "event_types", nullable = false)
    private List<String> eventTypes;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "rotated_by")
    private String rotatedBy;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "disabled_by")
    private String disabledBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, List<String> eventTypes, CareActor by, Instant at) {
        this.id = UUID.randomUUID();
        this.organisation = by.organisation();
        this.url = url;
        this.eventTypes = new ArrayList<>(eventTypes);
        this.secret = Signature.newSecret();
        this.enabled = true;
        this.createdBy = by.userId();
        this.createdAt = at;
    }

    /** A new secret; the one it replaces keeps signing beside it until {@code at + overlap}. */
    void rotateSecret(CareActor by, Instant at, Duration overlap) {
        this.previousSecret = secret;
        this.previousSecretUntil = at.plus(overlap);
        this.secret = Signature.newSecret();
        this.rotatedBy = by.userId();
        this.rotatedAt = at;
    }

    void disable(CareActor by, Instant at) {
        if (enabled) {
            this.enabled = false;
            this.disabledBy = by.userId();
            this.disabledAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return List.copyOf(eventTypes);
    }

    /** Shown once, in the answer to its creation or rotation. */
    public String secret() {
        return secret;
    }

    /** Until when the secret before the last rotation signs beside the current one; null before any rotation. */
    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    public boolean enabled() {
        return enabled;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }

    public String disabledBy() {
        return disabledBy;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
