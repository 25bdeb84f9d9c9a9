package org.carepath.platform.api;

import org.carepath.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a response carries the record's version as its ETag, and an
 * update must send it back in If-Match, so two people changing one record at once cannot
 * overwrite each other.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses a missing If-Match (428) or one naming another version than the current one (412). */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send the ETag of the version you are changing in an If-Match header");
        }
        String expected = etag(currentVersion);
        if (!ifMatch.trim().replaceFirst("^W/", "").equals(expected)) {
            throw ProblemException.preconditionFailed("the record has changed since you read it (now version "
                    + expected + "); read it again and reapply your change")
                    .with("currentVersion", currentVersion);
        }
    }
}
