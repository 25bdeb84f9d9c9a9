package org.carepath.testkit.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One hostile request.
 *
 * @param target    path and query, already encoded
 * @param mutation  what was done to a valid request, e.g. {@code body.reason: maxLength+1 (4001)}
 * @param forbidden whether the service's published schema (or the input policy) forbids it, so a 2xx means it was taken
 */
public record BadRequest(String method, String target, Map<String, String> headers, byte[] body, String mutation,
        boolean forbidden) {

    static BadRequest of(String method, String target, Map<String, String> headers, String body, String mutation,
            boolean forbidden) {
        return new BadRequest(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                mutation, forbidden);
    }

    /** One line for a failure report: long paths and values cut short. */
    public String describe() {
        return method + " " + cut(target, 160) + " [" + cut(mutation, 160) + "]";
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
