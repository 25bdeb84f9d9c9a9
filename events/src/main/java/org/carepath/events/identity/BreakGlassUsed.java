package org.carepath.events.identity;

import java.time.Instant;

import org.carepath.events.Practitioner;

/**
 * A member of staff without a legitimate relationship opened the person's record in an emergency
 * (break-glass): flagged for review by the person's data controllers.
 *
 * @param role      the realm role that allowed it, e.g. {@code discharge-coordinator}
 * @param expiresAt when the emergency access ends
 */
public record BreakGlassUsed(
        String nhsNumber,
        Practitioner by,
        String role,
        String reason,
        Instant expiresAt,
        Instant at) implements IdentityEvent {

    public static final String TYPE = "identity.break-glass-used";

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
