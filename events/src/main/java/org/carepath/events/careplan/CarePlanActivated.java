package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/** The plan became the person's one active plan: the care team now works from it. */
public record CarePlanActivated(
        UUID planId,
        String nhsNumber,
        long version,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.activated";

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
