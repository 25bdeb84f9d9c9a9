package org.carepath.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatIsAwayOrSheddingWorkIsUnavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(DatabaseUnavailable.causedBy(new SocketException("Connection reset")));
        // what the JDK throws when the server goes while a statement is being written
        assertTrue(DatabaseUnavailable.causedBy(new CompletionException(new IOException("Connection reset by peer"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new ClosedChannelException())));
        assertTrue(DatabaseUnavailable.causedBy(new NoStackTraceThrowable("Timeout")));
        assertTrue(DatabaseUnavailable.causedBy(pg("57P01")));
        assertTrue(DatabaseUnavailable.causedBy(pg("08006")));
        assertTrue(DatabaseUnavailable.causedBy(pg("57014")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedBy(pg("23505")));
        assertFalse(DatabaseUnavailable.causedBy(pg("42P01")));
        assertFalse(DatabaseUnavailable.causedBy(new NoStackTraceThrowable("something else")));
        // bad data is no outage, though Jackson's failures are IOExceptions: retrying would never end
        assertFalse(DatabaseUnavailable.causedBy(new CompletionException(new JsonParseException(null, "bad json"))));
        assertFalse(DatabaseUnavailable.causedBy(new EOFException("truncated")));
    }

    private static PgException pg(String sqlState) {
        return new PgException("refused", "FATAL", sqlState, null);
    }
}
