package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation's legitimate involvement with a person, learned from an event. */
@Entity
@Table(name = "care_relationship")
public class CareRelationship {

    /** Why the organisation is involved. */
    public static final String REFERRER = "referrer";
    public static final String REFERRAL_RECIPIENT = "referral-recipient";

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String basis;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CareRelationship() {
    }

    public CareRelationship(String nhsNumber, String organisation, String basis, String sourceEventId, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.organisation = organisation;
        this.basis = basis;
        this.sourceEventId = sourceEventId;
        this.startedAt = startedAt;
    }
}
