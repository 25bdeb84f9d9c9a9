package org.carepath.platform.persistence;

import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A statement run both as a native query in an ORM session and with the reactive SQL client: written once,
 * with the ORM's numbered parameters ({@code ?1}); the SQL client's PostgreSQL driver numbers them {@code $1}.
 */
public final class NativeSql {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private NativeSql() {
    }

    /** The statement with each {@code ?n} written {@code $n}; it must hold no literal question mark followed by a digit. */
    public static String forSqlClient(String sql) {
        return NUMBERED.matcher(sql).replaceAll("\\$$1");
    }

    /** The caller's session, flushed: a native query does not flush it, so it would miss what the session holds. */
    public static Uni<Mutiny.Session> flushedSession() {
        return Panache.flush().chain(Panache::getSession);
    }
}
