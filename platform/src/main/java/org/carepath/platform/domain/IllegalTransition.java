package org.carepath.platform.domain;

/** The record's state machine does not allow this change from the state it is in. */
public final class IllegalTransition extends Refusal {

    public IllegalTransition(String detail) {
        this("Not allowed in the current state", detail);
    }

    /** @param title what was refused, e.g. "Not allowed in the plan's current state" */
    public IllegalTransition(String title, String detail) {
        super("illegal-transition", title, detail);
    }
}
