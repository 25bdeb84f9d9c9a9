package org.carepath.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The launcher's PostgreSQL on 127.0.0.1 (it trusts local connections, deploy/README.md). */
final class Db {

    static final String HOST = "127.0.0.1";
    static final int PORT = Ports.postgres();
    static final String USER = "carepath";
    static final String PASSWORD = "carepath";

    private Db() {
    }

    static Connection connect(String database) throws SQLException {
        return connect(database, USER, PASSWORD);
    }

    static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, user, password);
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        return count(connection, "select count(*) from information_schema.columns where table_name = ? and column_name = ?",
                table, column) > 0;
    }

    /** Waits until no referral event is waiting in the outbox, so one measurement's backlog does not slow the next. */
    static boolean awaitOutboxDrained(long timeoutSeconds) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        try (Connection referrals = connect("referrals")) {
            String pending = "select count(*) from outbox_message where published_at is null"
                    + (hasColumn(referrals, "outbox_message", "dead_at") ? " and dead_at is null" : "");
            long left;
            while ((left = count(referrals, pending)) > 0) {
                if (System.nanoTime() > deadline) {
                    System.out.printf("    %d referral events still pending after %d s: going on%n", left, timeoutSeconds);
                    return false;
                }
                Thread.sleep(500);
            }
            return true;
        }
    }
}
