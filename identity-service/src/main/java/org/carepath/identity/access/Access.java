package org.carepath.identity.access;

/**
 * What a reader was allowed, and why.
 *
 * @param breakGlassReason    the reason given when the glass was broken; null otherwise
 * @param relationshipEventId the event that created the self-granted relationship read under; null otherwise
 */
public record Access(Basis basis, String breakGlassReason, String relationshipEventId) {

    static Access of(Basis basis) {
        return new Access(basis, null, null);
    }

    /** Whether the reader may see the person's care (journey, involvement, preferences), not just find them. */
    public boolean seesCare() {
        return basis != Basis.TRACING;
    }
}
