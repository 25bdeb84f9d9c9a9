package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a plan, kept whole so it reads back exactly as it stood. */
@Entity
@Table(name = "care_plan_version")
public class CarePlanVersion {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private long version;

    @Convert(converter = JsonColumns.Snapshots.class)
    @Column(nullable = false)
    private PlanSnapshot snapshot;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String change;

    protected CarePlanVersion() {
    }

    CarePlanVersion(UUID planId, long version, PlanSnapshot snapshot, String changedBy, Instant changedAt, String change) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.version = version;
        this.snapshot = snapshot;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.change = change;
    }

    public long version() { return version; }
    public PlanSnapshot snapshot() { return snapshot; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public String change() { return change; }
}
