package org.carepath.platform.domain;

import java.util.List;
import java.util.Map;

/**
 * A value the domain cannot take, found by a rule rather than by the request's shape; named by its
 * field when there is one, like a Bean Validation refusal ({@code violations[]}).
 */
public final class InvalidInput extends Refusal {

    public InvalidInput(String detail) {
        super("bad-request", "Bad request", detail);
    }

    private InvalidInput(String field, String message) {
        super("validation", "The request is not valid", field + " " + message);
        with("violations", List.of(Map.of("field", field, "message", message)));
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput(field, message);
    }
}
