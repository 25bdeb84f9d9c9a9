package org.carepath.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.testcontainers.containers.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 server per test JVM, started on first use and stopped when the JVM
 * exits; each caller gets its own database in it.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Set<String> databases = new HashSet<>();

    private TestPostgres(String host, int port, String username, String password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = Infrastructure.chosen() == Infrastructure.CONTAINERS ? startContainer() : startEmbedded();
        }
        return instance;
    }

    /** Creates the database unless this server already has it, and returns it. */
    public synchronized TestPostgres database(String name) {
        if (databases.add(name)) {
            try (Connection connection = connect("postgres")) {
                connection.createStatement().execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
        }
        return this;
    }

    /** A JDBC connection to one of the databases, for a test to look at what a service stored. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username, password);
    }

    /** The single number a {@code select count(*) ...} query over one database gives, its parameters text. */
    public long count(String database, String query, String... parameters) throws SQLException {
        try (Connection connection = connect(database);
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The Quarkus datasource settings that point a service at the database. */
    public Map<String, String> quarkusConfig(String database) {
        database(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.reactive.url", reactiveUrl(database),
                "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    private static TestPostgres startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new TestPostgres("127.0.0.1", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static TestPostgres startContainer() {
        var container = new PostgreSQLContainer<>("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new TestPostgres(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                container.getPassword());
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting: nothing more to do than say so
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
