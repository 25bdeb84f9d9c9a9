package org.carepath.careplan.mdt;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;

/** One person's case on a meeting's list: consent to discuss, what was said; decisions land on their plan. */
@Entity
@Table(name = "mdt_case")
public class MdtCase {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Enumerated(EnumType.STRING)
    private Consent consent;

    @Column(name = "consent_note")
    private String consentNote;

    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    private String discussion;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** The case's ETag. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected MdtCase() {
    }

    MdtCase(UUID meetingId, UUID planId, String nhsNumber, String addedBy, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.planId = planId;
        this.nhsNumber = nhsNumber;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /**
     * Consent comes first: a case whose consent is not needed says why, and a person who declined
     * is not discussed.
     */
    void recordDiscussion(Consent consent, String consentNote, String summary, CareActor actor, Instant now) {
        if (consent == Consent.NOT_NEEDED && (consentNote == null || consentNote.isBlank())) {
            throw new RuleBroken("reason-required", "Say why consent was not needed",
                    "consent not-needed must come with the reason (for example a best-interests decision)");
        }
        if (!consent.allowsDiscussion() && summary != null && !summary.isBlank()) {
            throw new RuleBroken("consent-declined", "The person declined to be discussed",
                    "a case whose consent was declined has no discussion summary");
        }
        this.consent = consent;
        this.consentNote = consentNote;
        this.consentRecordedBy = actor.userId();
        this.consentRecordedAt = now;
        this.discussion = summary;
    }

    void refuseDecisionWithoutConsent() {
        if (consent == null) {
            throw new RuleBroken("consent-not-recorded", "Consent to discuss is not recorded",
                    "record the person's consent to discuss (or why it was not needed) before recording decisions");
        }
        if (!consent.allowsDiscussion()) {
            throw new RuleBroken("consent-declined", "The person declined to be discussed",
                    "no MDT decision can be recorded for a case whose consent was declined");
        }
    }

    public UUID id() { return id; }
    public UUID meetingId() { return meetingId; }
    public UUID planId() { return planId; }
    public String nhsNumber() { return nhsNumber; }
    public Consent consent() { return consent; }
    public String consentNote() { return consentNote; }
    public String consentRecordedBy() { return consentRecordedBy; }
    public Instant consentRecordedAt() { return consentRecordedAt; }
    public String discussion() { return discussion; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
    public long version() { return lockVersion; }
}
