package org.carepath.portal.services;

/**
 * The version of a record a page showed, sent back to its service as If-Match: a change someone made meanwhile is
 * refused (412) and shown, never overwritten. Every form that changes a record carries it.
 */
public final class SeenVersion {

    /** Said when a form comes back without the version it was shown with (an old page, or one tampered with). */
    public static final String MISSING = "The page was out of date";

    private SeenVersion() {
    }

    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    /** The version a form sent, or null when it sent none or not a number. */
    public static Long of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
