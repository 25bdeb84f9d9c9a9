package org.carepath.identity.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY ... FROM STDIN (FORMAT binary)}: the values go as PostgreSQL keeps them (a uuid in 16
 * bytes, a time in microseconds), so neither side formats or parses text, and the server inserts them without
 * planning a statement (see "COPY, Binary Format" in the PostgreSQL manual). The rows stream out in pieces of
 * {@value #PIECE} bytes as they are added, so a chunk's rows are not encoded into one growing array. The COPY
 * starts with the first piece: no rows, no round trip. {@link #close()} abandons a COPY left unfinished, which
 * fails the transaction.
 */
final class BinaryCopy implements AutoCloseable {

    private static final int PIECE = 64 * 1024;
    private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0 }; // no header extension
    private static final short TRAILER = -1;
    private static final long POSTGRES_EPOCH_SECOND = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final int NULL = -1;

    private final Connection connection;
    private final String copyStatement;
    private final byte[] piece = new byte[PIECE];
    private int length;
    private boolean rows;
    private CopyIn copy;

    BinaryCopy(Connection connection, String copyStatement) {
        this.connection = connection;
        this.copyStatement = copyStatement;
        System.arraycopy(HEADER, 0, piece, 0, HEADER.length);
        length = HEADER.length;
    }

    /** Starts a row of that many values (a piece may end within a row: the server joins them). */
    BinaryCopy row(int columns) throws SQLException {
        rows = true;
        return putShort(columns);
    }

    BinaryCopy text(String value) throws SQLException {
        if (value == null) {
            return putInt(NULL);
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        return put(utf8, 0, utf8.length);
    }

    BinaryCopy uuid(UUID value) throws SQLException {
        if (value == null) {
            return putInt(NULL);
        }
        putInt(16);
        putLong(value.getMostSignificantBits());
        return putLong(value.getLeastSignificantBits());
    }

    BinaryCopy time(Instant value) throws SQLException {
        if (value == null) {
            return putInt(NULL);
        }
        putInt(8);
        return putLong(microseconds(value));
    }

    BinaryCopy bool(boolean value) throws SQLException {
        putInt(1);
        room(1);
        piece[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** Sends what is left and ends the COPY; nothing at all if no row was added. */
    void finish() throws SQLException {
        if (!rows) {
            return;
        }
        putShort(TRAILER);
        send();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /**
     * A timestamptz as PostgreSQL keeps it: microseconds since 2000, truncated towards 2000 as the live writes
     * store them (the reactive client's binary encoding).
     */
    static long microseconds(Instant value) {
        long seconds = value.getEpochSecond() - POSTGRES_EPOCH_SECOND;
        long nanos = value.getNano();
        if (seconds < 0 && nanos > 0) {
            seconds++;
            nanos -= 1_000_000_000L;
        }
        return seconds * 1_000_000L + nanos / 1_000L;
    }

    /** The instant as a timestamptz column keeps it ({@link #microseconds}), for the statements that send text. */
    static Instant asStored(Instant value) {
        long micros = microseconds(value);
        return Instant.ofEpochSecond(POSTGRES_EPOCH_SECOND + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private void send() throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement);
        }
        copy.writeToCopy(piece, 0, length);
        length = 0;
    }

    private BinaryCopy putShort(int value) throws SQLException {
        room(2);
        piece[length++] = (byte) (value >>> 8);
        piece[length++] = (byte) value;
        return this;
    }

    private BinaryCopy putInt(int value) throws SQLException {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            piece[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    private BinaryCopy putLong(long value) throws SQLException {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            piece[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    // a long text goes out in as many pieces as it takes
    private BinaryCopy put(byte[] value, int from, int count) throws SQLException {
        while (count > 0) {
            room(1);
            int fits = Math.min(count, PIECE - length);
            System.arraycopy(value, from, piece, length, fits);
            length += fits;
            from += fits;
            count -= fits;
        }
        return this;
    }

    private void room(int bytes) throws SQLException {
        if (length + bytes > PIECE) {
            send();
        }
    }
}
