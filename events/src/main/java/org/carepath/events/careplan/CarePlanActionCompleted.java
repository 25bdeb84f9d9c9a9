package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/** An action on the person's plan is done. */
public record CarePlanActionCompleted(
        UUID planId,
        String nhsNumber,
        long planVersion,
        UUID actionId,
        String description,
        ActionOwner owner,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.action-completed";

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
