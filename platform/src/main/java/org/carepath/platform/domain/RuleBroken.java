package org.carepath.platform.domain;

/** The request is well formed but breaks a rule of the domain, named by {@code code} (e.g. {@code reason-required}). */
public final class RuleBroken extends Refusal {

    public RuleBroken(String code, String title, String detail) {
        super(code, title, detail);
    }
}
