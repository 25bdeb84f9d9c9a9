package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;

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

    @Column(name = "origin_event_type")
    private String originEventType;

    /** The organisation made it by its own act (see {@link #ownAct}); whether it was self-granted is decided on reading. */
    @Column(name = "own_act", nullable = false)
    private boolean ownAct;

    @Column(name = "initiated_by")
    private String initiatedBy;

    @Column(name = "initiated_by_name")
    private String initiatedByName;

    @Column(name = "stated_reason")
    private String statedReason;

    /** For an own act: when it stops counting, unless another party confirmed it or there was a relationship before it. */
    @Column(name = "lapses_at")
    private Instant lapsesAt;

    /** When another party acted on it (the referral received by the receiving side, say). */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected CareRelationship() {
    }

    public CareRelationship(String nhsNumber, Party party, String basis, String subjectKey, CloudEvent<?> event,
            Instant startedAt) {
        this.id = UUID.randomUUID();
        this.nhsNumber = nhsNumber;
        this.organisation = party.organisation();
        this.team = party.team();
        this.practitioner = party.practitioner();
        this.description = party.description();
        this.basis = basis;
        this.subjectKey = subjectKey;
        this.sourceEventId = event.id();
        this.originEventType = event.type();
        this.startedAt = startedAt;
    }

    /**
     * Marks it as made by the organisation's own act when {@code by} works for it: someone there sent the
     * referral, started the plan or joined the team, rather than another party involving it.
     */
    CareRelationship ownAct(Practitioner by, String reason, Instant lapsesAt) {
        if (by != null && organisation.equals(by.organisation())) {
            this.ownAct = true;
            this.initiatedBy = by.userId();
            this.initiatedByName = by.name();
            this.statedReason = reason;
            this.lapsesAt = lapsesAt;
        }
        return this;
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

    public String originEventType() {
        return originEventType;
    }

    public boolean isOwnAct() {
        return ownAct;
    }

    public String initiatedBy() {
        return initiatedBy;
    }

    public String initiatedByName() {
        return initiatedByName;
    }

    public String statedReason() {
        return statedReason;
    }

    public Instant lapsesAt() {
        return lapsesAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
