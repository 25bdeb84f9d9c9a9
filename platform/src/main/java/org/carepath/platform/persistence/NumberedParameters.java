package org.carepath.platform.persistence;

import java.util.regex.Pattern;

/**
 * A statement run both as an ORM native query and with the reactive SQL client is written once, with the ORM's
 * numbered parameters ({@code ?1}); the SQL client's PostgreSQL driver numbers them {@code $1}.
 */
public final class NumberedParameters {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private NumberedParameters() {
    }

    /** The statement with each {@code ?n} written {@code $n}; it must hold no literal question mark followed by a digit. */
    public static String forSqlClient(String sql) {
        return NUMBERED.matcher(sql).replaceAll("\\$$1");
    }
}
