package org.carepath.referrals.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPostgres;

/** The tests' own view of referrals-service's outbox_message, over JDBC: rows put in, rows still pending. */
final class OutboxTable {

    private OutboxTable() {
    }

    static Connection connect() throws SQLException {
        return TestPostgres.get().connect(CarePathTestResource.DATABASE);
    }

    /** A row as a service's transaction writes it (in the connection's transaction); its position. */
    static long insert(Connection connection, String topic, String key, String eventType, String payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_message (event_id, topic, message_key, event_type, payload)
                values (gen_random_uuid()::text, ?, ?, ?, ?) returning position""")) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setString(3, eventType);
            insert.setString(4, payload);
            try (ResultSet position = insert.executeQuery()) {
                position.next();
                return position.getLong(1);
            }
        }
    }

    /** Rows on the topic neither published nor set aside. */
    static long pendingOn(String topic) throws SQLException {
        return count("select count(*) from outbox_message where published_at is null and dead_at is null and topic = ?", topic);
    }

    static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
