package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision as recorded, with the actions it put on the plan; kept beside the plan version it made. */
@Entity
@Table(name = "care_decision")
public class CareDecision {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(nullable = false)
    private String organisation;

    private String team;

    @Column(nullable = false)
    private String decision;

    @Convert(converter = JsonColumns.Ids.class)
    @Column(name = "action_ids", nullable = false)
    private List<UUID> actionIds;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CareDecision() {
    }

    CareDecision(UUID planId, Decision decision, List<UUID> actionIds, String decidedBy, Instant decidedAt) {
        this.id = decision.id();
        this.planId = planId;
        this.meetingId = decision.meetingId();
        this.caseId = decision.caseId();
        this.organisation = decision.organisation();
        this.team = decision.team();
        this.decision = decision.text();
        this.actionIds = List.copyOf(actionIds);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID meetingId() { return meetingId; }
    public UUID caseId() { return caseId; }
    public String organisation() { return organisation; }
    public String team() { return team; }
    public String decision() { return decision; }
    public List<UUID> actionIds() { return actionIds; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
