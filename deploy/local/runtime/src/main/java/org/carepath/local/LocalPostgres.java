package org.carepath.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 for the local launcher: one embedded server on 127.0.0.1 whose data survives
 * restarts, with the carepath role and one database per service. Durable, unlike the embedded
 * defaults made for tests (no fsync, asynchronous commit): what was acknowledged survives a crash
 * of the machine.
 *
 * <pre>java -Djava.io.tmpdir=STATE/tmp -cp 'STATE/lib/*' org.carepath.local.LocalPostgres DATA_DIR PORT [SERVER_LOG]</pre>
 *
 * Runs until SIGTERM (or Ctrl-C), then stops the server with a fast shutdown.
 */
public final class LocalPostgres {

    static final String READY = "CAREPATH POSTGRES READY";

    private static final String ROLE = "carepath";
    private static final String PASSWORD = "carepath";
    private static final List<String> DATABASES = List.of("referrals", "careplan", "discharge", "identity", "insights");

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalPostgres <data-directory> <port> [<server-log-file>]");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDirectory);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // keep the data between runs: initdb happens only when the folder is empty
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // TCP only: no socket file in /tmp
                .setServerConfig("unix_socket_directories", "''")
                // the embedded defaults trade durability for test speed; a 201 must mean stored
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // the default 128 MB held a fifth of a busy region's journey: a read took 33 of its ~60 blocks from
                // the kernel's cache instead, 7 with 512 MB (pg_statio_user_tables); touched only as it fills
                .setServerConfig("shared_buffers", "512MB")
                .setPGStartupWait(Duration.ofSeconds(60))
                // our own hook below stops the server, and lets main() finish first
                .setRegisterShutdownHook(false);
        if (args.length > 2) {
            logTo(builder, dataDirectory, Path.of(args[2]).toAbsolutePath());
        }
        EmbeddedPostgres postgres = builder.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, stopped), "stop-postgres"));

        createRoleAndDatabases(port);
        System.out.println(READY + " on 127.0.0.1:" + port + " (databases " + String.join(", ", DATABASES)
                + ", role " + ROLE + ")");
        System.out.flush();

        stopped.await();
    }

    /*
     * The server's own log (errors, checkpoints, recovery after a crash) through its logging collector: the embedded
     * wrapper stops reading the server's output once it has started, and every later line was lost. The directory is
     * given relative to the data directory, as the server resolves it: a path with spaces would not survive pg_ctl.
     */
    private static void logTo(EmbeddedPostgres.Builder builder, Path dataDirectory, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        builder.setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", dataDirectory.relativize(log.getParent()).toString())
                .setServerConfig("log_filename", log.getFileName().toString())
                .setServerConfig("log_rotation_age", "0")
                .setServerConfig("log_rotation_size", "0");
    }

    private static void createRoleAndDatabases(int port) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                System.out.println("created role " + ROLE);
            }
            for (String database : DATABASES) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + ROLE);
                    System.out.println("created database " + database);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres, CountDownLatch stopped) {
        System.out.println("stopping PostgreSQL");
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
        System.out.println("PostgreSQL stopped");
    }
}
