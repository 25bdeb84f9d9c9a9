package org.carepath.platform.domain;

/** The caller may see the record but not do this to it (a role or side they do not have). */
public final class NotPermitted extends Refusal {

    public NotPermitted(String detail) {
        super("forbidden", "Forbidden", detail);
    }
}
