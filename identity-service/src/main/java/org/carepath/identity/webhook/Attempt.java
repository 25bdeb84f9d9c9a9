package org.carepath.identity.webhook;

import java.time.Instant;

/**
 * What one POST came to: the endpoint's HTTP status, or the error that kept it from answering. Plain Java.
 *
 * @param error at most 500 characters, as the log's column
 */
record Attempt(Instant at, Integer httpStatus, String error, int latencyMs) {

    private static final int ERROR_LENGTH = 500;

    static Attempt answered(Instant at, int httpStatus, int latencyMs) {
        return new Attempt(at, httpStatus, httpStatus / 100 == 2 ? null : "HTTP " + httpStatus, latencyMs);
    }

    static Attempt failed(Instant at, Throwable failure, int latencyMs) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new Attempt(at, null, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error, latencyMs);
    }

    /** Only a 2xx answer delivers; a redirect is not followed (it could lead anywhere). */
    boolean delivered() {
        return httpStatus != null && httpStatus / 100 == 2;
    }
}
