package org.carepath.events.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * An action on the person's plan now has an owner and a due date.
 *
 * @param planVersion the plan version that holds the action
 * @param needsDomain the need it addresses (a needs-domain code), or null
 * @param decisionId  the MDT or coordinator decision it came from, or null
 */
public record CarePlanActionAssigned(
        UUID planId,
        String nhsNumber,
        long planVersion,
        UUID actionId,
        String description,
        String needsDomain,
        ActionOwner owner,
        LocalDate dueDate,
        UUID decisionId,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.action-assigned";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return at;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
