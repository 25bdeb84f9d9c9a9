package org.carepath.discharge.adt;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An ADT message applied, kept by sender and control id so the same message again changes nothing. */
@Entity
@Table(name = "adt_message")
@IdClass(AdtReceipt.Key.class)
public class AdtReceipt {

    public record Key(String sendingFacility, String controlId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "sending_facility")
    private String sendingFacility;

    @Id
    @Column(name = "control_id")
    private String controlId;

    @Column(name = "trigger_event", nullable = false)
    private String triggerEvent;

    @Column(name = "ack_code", nullable = false)
    private String ackCode;

    @Column(name = "ack_text")
    private String ackText;

    @Column(name = "episode_id")
    private UUID episodeId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected AdtReceipt() {
    }

    AdtReceipt(AdtMessage message, UUID episodeId, Instant receivedAt) {
        this.sendingFacility = message.sendingFacility();
        this.controlId = message.controlId();
        this.triggerEvent = message.trigger();
        this.ackCode = "AA";
        this.episodeId = episodeId;
        this.receivedAt = receivedAt;
    }
}
