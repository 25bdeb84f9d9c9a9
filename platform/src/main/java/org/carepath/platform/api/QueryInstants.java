package org.carepath.platform.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.carepath.platform.problem.ProblemException;

/**
 * A query parameter holding an instant ({@code from}, {@code to}), parsed by hand so a malformed one is a 400
 * naming the parameter, not the 404 JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryInstants {

    private QueryInstants() {
    }

    /** The instant, or null when the parameter is absent or blank. */
    public static Instant of(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an instant such as 2026-11-20T09:00:00Z, not '" + value + "'");
        }
    }
}
