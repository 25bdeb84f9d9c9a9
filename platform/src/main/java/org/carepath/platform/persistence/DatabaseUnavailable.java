package org.carepath.platform.persistence;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Whether a failure means the database is away or shedding work (restarting, unreachable, a
 * connection ended by a timeout, no pooled connection in time): the transaction did not commit, and
 * the same work succeeds later. A request gets 503, not 500; a consumer waits instead of giving up.
 */
public final class DatabaseUnavailable {

    /** SQLSTATEs of a server going down or refusing, and of work it ended: retrying later succeeds. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, recovering)
            "57014", // query_canceled (statement_timeout)
            "25P03", // idle_in_transaction_session_timeout
            "53300", // too_many_connections
            "40001", // serialization_failure
            "40P01"); // deadlock_detected

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClosedConnectionException || isConnectionLost(cause)) {
                return true;
            }
            if (cause instanceof PgException pg && isTransient(pg.getSqlState())) {
                return true;
            }
            // the reactive pool's answer when no connection came free in time
            if (cause instanceof NoStackTraceThrowable && "Timeout".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /*
     * Refused, reset or dropped under a statement: services open no other outbound connection. A reset met while
     * writing a statement is a plain IOException ("Connection reset by peer"), not a SocketException, and a write
     * on a channel already closed a ClosedChannelException. Only these: IOException's other subclasses include
     * data errors (Jackson's), which no wait would cure.
     */
    private static boolean isConnectionLost(Throwable cause) {
        return cause instanceof SocketException || cause instanceof ClosedChannelException
                || cause.getClass() == IOException.class;
    }

    static boolean isTransient(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || TRANSIENT_STATES.contains(sqlState));
    }
}
