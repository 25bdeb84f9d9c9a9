package org.carepath.platform.domain;

/** What was asked would make something bigger than the platform can carry (an event past the broker's limit). */
public final class TooLarge extends Refusal {

    public TooLarge(String code, String title, String detail) {
        super(code, title, detail);
    }
}
