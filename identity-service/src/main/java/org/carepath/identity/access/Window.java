package org.carepath.identity.access;

import java.time.Instant;

import io.quarkus.panache.common.Parameters;

/**
 * A stretch of time the audit is read for: from (inclusive) and before (exclusive), either open.
 *
 * @param from   null for no start
 * @param before null for no end
 */
public record Window(Instant from, Instant before) {

    public static Window always() {
        return new Window(null, null);
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (before == null || at.isBefore(before));
    }

    /** The query's condition on the column, to follow another condition; empty when the window is open. */
    String on(String column) {
        return (from == null ? "" : " and " + column + " >= :from") + (before == null ? "" : " and " + column + " < :before");
    }

    Parameters into(Parameters parameters) {
        if (from != null) {
            parameters.and("from", from);
        }
        if (before != null) {
            parameters.and("before", before);
        }
        return parameters;
    }
}
