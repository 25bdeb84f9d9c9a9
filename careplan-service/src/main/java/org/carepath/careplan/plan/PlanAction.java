package org.carepath.careplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.carepath.events.careplan.ActionOwner;
import org.carepath.platform.care.NeedsDomain;

/**
 * Something someone will do for the person, held on the plan so that every change to it is a plan version.
 *
 * @param decisionId   the MDT or coordinator decision it came from, or null
 * @param cancelReason why it was cancelled, for a cancelled action
 */
public record PlanAction(UUID id, String description, NeedsDomain needsDomain, ActionOwner owner, LocalDate dueDate,
        ActionStatus status, String cancelReason, UUID decisionId, String assignedBy, Instant assignedAt,
        Instant closedAt) {

    /** An action as a team member or a decision asks for it. */
    public record Request(String description, NeedsDomain needsDomain, ActionOwner owner, LocalDate dueDate) {
    }

    static PlanAction assigned(Request request, UUID decisionId, String by, Instant at) {
        return new PlanAction(UUID.randomUUID(), request.description(), request.needsDomain(), request.owner(),
                request.dueDate(), ActionStatus.PLANNED, null, decisionId, by, at, null);
    }

    PlanAction movedTo(ActionStatus target, String reason, Instant at) {
        return new PlanAction(id, description, needsDomain, owner, dueDate, target,
                target == ActionStatus.CANCELLED ? reason : null, decisionId, assignedBy, assignedAt,
                target.isOpen() ? null : at);
    }

    public boolean isOwnedBy(String organisation, String team) {
        return owner.organisation().equals(organisation) && Objects.equals(owner.team(), team);
    }

    /** Open and due before the given day: an action due today is not late until the day is over. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
