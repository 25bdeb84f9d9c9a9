package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The plan changed and a new version was kept: its content, a hold or resumption, a revocation,
 * or a new coordinator. The version itself is read from careplan-service.
 *
 * @param status the plan's status after the change
 * @param change what changed, in words
 */
public record CarePlanVersioned(
        UUID planId,
        String nhsNumber,
        long version,
        String status,
        String change,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.versioned";

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
