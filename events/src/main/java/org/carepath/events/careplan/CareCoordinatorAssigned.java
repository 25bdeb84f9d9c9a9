package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The plan has a new named care coordinator: the first one, or a handover.
 *
 * @param from null for the plan's first coordinator
 */
public record CareCoordinatorAssigned(
        UUID planId,
        String nhsNumber,
        Practitioner from,
        Practitioner to,
        String reason,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.coordinator-assigned";

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
