package org.carepath.events.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An open action passed its due date (told once per action). */
public record CarePlanActionOverdue(
        UUID planId,
        String nhsNumber,
        UUID actionId,
        String description,
        ActionOwner owner,
        LocalDate dueDate,
        Instant detectedAt) implements CarePlanEvent {

    public static final String TYPE = "careplan.action-overdue";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return detectedAt;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
