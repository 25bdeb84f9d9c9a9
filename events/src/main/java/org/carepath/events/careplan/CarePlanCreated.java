package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A care plan was started for the person, as a draft.
 *
 * @param by                 null when the plan was drafted for an accepted referral rather than by a person
 * @param relationshipReason why the creator's organisation takes the person on when it had no relationship with
 *                           them yet (the plan does not follow a referral it accepted); null otherwise
 */
public record CarePlanCreated(
        UUID planId,
        String nhsNumber,
        Practitioner by,
        Practitioner coordinator,
        String relationshipReason,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.created";

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
