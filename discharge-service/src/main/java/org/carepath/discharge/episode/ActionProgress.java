package org.carepath.discharge.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.events.careplan.ActionOwner;

/**
 * How far a care plan action has got, as care.careplans.v1 told it: who owns it, when it is due, and
 * whether it went overdue or was completed. A delay linked to the action derives its chain from this
 * ({@link WaitingChain}) and is attributed to the owner's organisation.
 */
@Entity
@Table(name = "action_progress")
public class ActionProgress implements Awaited {

    @Id
    @Column(name = "action_id")
    private UUID actionId;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "nhs_number", nullable = false)
    private String nhsNumber;

    @Column(name = "owner_organisation")
    private String ownerOrganisation;

    @Column(name = "owner_team")
    private String ownerTeam;

    private String description;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ActionProgress() {
    }

    /** An action first heard of by any of its events: what the others told is filled in as they come. */
    public ActionProgress(UUID actionId, UUID planId, String nhsNumber) {
        this.actionId = actionId;
        this.planId = planId;
        this.nhsNumber = nhsNumber;
    }

    /** A new assignment sets a new due date, so an earlier overdue no longer stands. */
    public void assigned(ActionOwner owner, String description, LocalDate dueDate, Instant at) {
        described(owner, description);
        this.dueDate = dueDate;
        assignedAt = at;
        overdueAt = null;
    }

    public void overdue(ActionOwner owner, String description, Instant at) {
        described(owner, description);
        overdueAt = overdueAt == null ? at : overdueAt;
    }

    public void completed(ActionOwner owner, String description, Instant at) {
        described(owner, description);
        completedAt = completedAt == null ? at : completedAt;
    }

    private void described(ActionOwner owner, String description) {
        if (owner != null) {
            ownerOrganisation = owner.organisation() == null ? ownerOrganisation : owner.organisation();
            ownerTeam = owner.team() == null ? ownerTeam : owner.team();
        }
        this.description = description == null ? this.description : description;
    }

    @Override
    public boolean isNamedBy(WaitingOn waitingOn) {
        return actionId.equals(waitingOn.actionId()) && planId.equals(waitingOn.carePlanId());
    }

    @Override
    public String accountableOrganisation() {
        return ownerOrganisation;
    }

    public UUID actionId() { return actionId; }
    public UUID planId() { return planId; }
    @Override
    public String nhsNumber() { return nhsNumber; }
    public String ownerOrganisation() { return ownerOrganisation; }
    public String ownerTeam() { return ownerTeam; }
    public String description() { return description; }
    public LocalDate dueDate() { return dueDate; }
    public Instant assignedAt() { return assignedAt; }
    public Instant overdueAt() { return overdueAt; }
    public Instant completedAt() { return completedAt; }
}
