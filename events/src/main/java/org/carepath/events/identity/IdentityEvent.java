package org.carepath.events.identity;

import org.carepath.events.CareEvent;

/**
 * The person index and access to records: the events of {@code care.identity.v1}, keyed by the person's NHS number.
 * A consumer handles them with a {@link Handler}: one method per event type, so a new type is a
 * compile error in every consumer until it says what the type means to it.
 */
public sealed interface IdentityEvent extends CareEvent permits
        BreakGlassUsed,
        PersonMerged {

    <R> R handle(Handler<R> handler);

    /** What a consumer does with each event of the topic. */
    interface Handler<R> {

        R on(BreakGlassUsed event);

        R on(PersonMerged event);
    }
}
