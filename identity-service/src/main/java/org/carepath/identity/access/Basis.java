package org.carepath.identity.access;

/** Why a reader may see a person's record; every read is audited with it. */
public enum Basis {
    /** The reader's organisation is involved with the person now (referral, care team, open episode). */
    RELATIONSHIP,
    /**
     * The reader's organisation is involved only by its own act (a referral it sent, a plan it started) with
     * no relationship before, not yet confirmed by another party and not lapsed; audited apart and reported
     * to the organisation's Caldicott guardian.
     */
    SELF_GRANTED_RELATIONSHIP,
    /** An {@code admin} of an organisation that holds a record of the person (it assigned one of their local identifiers). */
    DATA_CONTROLLER,
    /** Emergency access: role-limited, with a reason, for a limited time. */
    BREAK_GLASS,
    /** Demographics and identifiers only, to find the right person (as the national tracing service allows). */
    TRACING
}
