package org.carepath.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain rule said no, in the domain's words and with a stable code. The domain knows nothing of
 * HTTP: the REST edge turns a refusal into problem+json once ({@code ProblemMappers}), and on a
 * consumer's path it is simply the reason the event could not be applied.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotVisible, NotPermitted, InvalidInput, IllegalTransition, Conflict, RuleBroken, TooLarge {

    private final String code;
    private final String title;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    protected Refusal(String code, String title, String detail) {
        // a refusal is an answer, not a fault: no stack trace to fill
        super(detail, null, false, false);
        this.code = code;
        this.title = title;
    }

    /** Adds a fact the caller can act on, e.g. the current state or the record it clashes with. */
    public Refusal with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> facts() {
        // kept in the order given, and a null kept too: "no successor" is itself a fact the caller reads
        return Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
