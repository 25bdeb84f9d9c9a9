package org.carepath.platform.domain;

/** The change clashes with a record that exists already (a duplicate, an overlap, a second active one). */
public final class Conflict extends Refusal {

    public Conflict(String detail) {
        super("conflict", "Conflict", detail);
    }

    public Conflict(String code, String title, String detail) {
        super(code, title, detail);
    }
}
