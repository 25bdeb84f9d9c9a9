package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/** The plan's work is done; no further changes are made to it. */
public record CarePlanCompleted(
        UUID planId,
        String nhsNumber,
        long version,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.completed";

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
