package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation's (and team's) legitimate involvement with a person, learned from an event and
 * ended by a later one. An end in the future is a grace period: involved until then.
 */
@Entity
@Table(name = "care_relationship")
public class CareRelationship {

    /** Why the organisation is involved. */
    public static final String REFERRER = "referrer";
    public static final String REFERRAL_RECIPIENT = "referral-recipient";
    public static final String CARE_TEAM_MEMBER = "care-team-member";
    public static final String CARE_COORDINATOR = "care-coordinator";
    public static final String HOSPITAL_EPISODE = "hospital-episode";

    @Id
    private UUID id;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(nullable = false)
    private String organisation;

    private String team;

    @Column(nullable = false)
    private String basis;

    /** What the relationship comes from (a referral, care team membership, plan or episode id), so a later event can end it. */
    @Column(name = "subject_key")
    private String subjectKey;

    /** In words, e.g. the service's name or the member's role on the plan. */
    private String description;

    /** The named practitioner, where there is one (a care coordinator). */
    private String practitioner;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CareRelationship() {
    }

    public CareRelationship(String nhsNumber, Party party, String basis, String subjectKey, String sourceEventId,
            Instant startedAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.organisation = party.organisation();
        this.team = party.team();
        this.practitioner = party.practitioner();
        this.description = party.description();
        this.basis = basis;
        this.subjectKey = subjectKey;
        this.sourceEventId = sourceEventId;
        this.startedAt = startedAt;
    }

    public UUID id() {
        return id;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String organisation() {
        return organisation;
    }

    public String team() {
        return team;
    }

    public String basis() {
        return basis;
    }

    public String description() {
        return description;
    }

    public String practitioner() {
        return practitioner;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
