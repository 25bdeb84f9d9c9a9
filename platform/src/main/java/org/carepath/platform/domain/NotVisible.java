package org.carepath.platform.domain;

/**
 * The record does not exist, or the caller may not know that it does: the same answer for both, so a
 * refusal never tells that a record exists.
 */
public final class NotVisible extends Refusal {

    public NotVisible(String detail) {
        super("not-found", "Not found", detail);
    }
}
