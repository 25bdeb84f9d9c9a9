package org.carepath.events.identity;

import java.time.Instant;

import org.carepath.events.Practitioner;

/**
 * Two person records were found to be the same person: the retired NHS number now leads to the
 * surviving one, and everything known under it (journey, relationships, objections, local
 * identifiers) follows the survivor.
 *
 * @param survivorNhsNumber the record that lives on (also the event subject)
 * @param retiredNhsNumber  the record that was merged into it
 * @param by                null when a hospital's patient administration system reported the merge (ADT A40)
 */
public record PersonMerged(
        String survivorNhsNumber,
        String retiredNhsNumber,
        String reason,
        Practitioner by,
        Instant at) implements IdentityEvent {

    public static final String TYPE = "identity.person-merged";

    @Override
    public String subject() {
        return survivorNhsNumber;
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
