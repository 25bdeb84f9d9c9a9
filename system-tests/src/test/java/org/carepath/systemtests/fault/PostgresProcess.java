package org.carepath.systemtests.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.systemtests.ServiceProcess;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's binaries, run as our own postmaster process so that it can be stopped
 * the way a crash stops it ({@code SIGQUIT}: immediate shutdown, no checkpoint, crash recovery on
 * the next start) and started again on the same port and data folder.
 *
 * <p>zonky unpacks the binaries, runs initdb and starts the server once; we then stop that server
 * and start the same {@code postgres} binary with the same arguments ({@code postmaster.opts}) as
 * a child of this JVM, whose PID is the postmaster's.
 */
final class PostgresProcess implements AutoCloseable {

    private static final String USER = "postgres";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final Path data;
    private final int port;
    private final List<String> command;
    private final Path log;
    private volatile Process postmaster;

    private PostgresProcess(Path data, int port, List<String> command, Path log) {
        this.data = data;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /** A new server with a fresh data folder under {@code home} and the given databases. */
    static PostgresProcess start(Path home, List<String> databases) {
        Path data = home.resolve("data");
        Path log = home.resolve("postgres.log");
        int port = ServiceProcess.freePort();
        try {
            Files.createDirectories(home);
            EmbeddedPostgres first = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // TCP only: no socket file in /tmp
                    .setServerConfig("unix_socket_directories", "''")
                    // a commit is in the WAL before it is acknowledged, so an immediate shutdown loses
                    // nothing that was acknowledged (fsync only matters when the machine itself fails)
                    .setServerConfig("synchronous_commit", "on")
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            List<String> command = postmasterCommand(data);
            first.close();
            PostgresProcess postgres = new PostgresProcess(data, port, command, log);
            postgres.launch();
            postgres.awaitReady();
            postgres.createDatabases(databases);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** The Quarkus datasource settings that point a service at one of the databases. */
    Map<String, String> quarkusConfig(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, USER);
    }

    Path log() {
        return log;
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** {@code pg_ctl stop -m immediate}: SIGQUIT to the postmaster, which kills every backend at once. */
    void stopImmediately() {
        signal("QUIT");
        awaitExit(Duration.ofSeconds(30));
    }

    /** Same port, same data folder: PostgreSQL replays its WAL first. Returns once it accepts connections. */
    void restart() {
        if (postmaster.isAlive()) {
            throw new IllegalStateException("PostgreSQL is still running");
        }
        launch();
        awaitReady();
    }

    /** Fast shutdown (SIGINT): roll back open transactions, checkpoint, stop. */
    @Override
    public void close() {
        if (postmaster == null || !postmaster.isAlive()) {
            return;
        }
        signal("INT");
        if (!awaitExit(Duration.ofSeconds(30))) {
            postmaster.destroyForcibly();
        }
    }

    /** Starts it again if it is not running (a failed restart of an earlier fault), so the next fault starts whole. */
    void ensureRunning() {
        if (!postmaster.isAlive()) {
            restart();
        }
    }

    private void launch() {
        try {
            postmaster = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    private void awaitReady() {
        await().atMost(STARTUP)
                .pollInterval(Duration.ofMillis(100))
                .until(this::acceptsConnections);
    }

    private boolean acceptsConnections() {
        if (!postmaster.isAlive()) {
            throw new IllegalStateException("PostgreSQL exited with " + postmaster.exitValue() + "; see " + log);
        }
        try (Connection connection = connect("postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void createDatabases(List<String> databases) {
        try (Connection connection = connect("postgres")) {
            for (String database : databases) {
                connection.createStatement().execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the databases", e);
        }
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(postmaster.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + postmaster.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean awaitExit(Duration patience) {
        try {
            return postmaster.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The command line the running postmaster was started with, as PostgreSQL records it in
     * {@code postmaster.opts}: the binary's path, then each argument in double quotes.
     */
    private static List<String> postmasterCommand(Path data) throws IOException {
        String options = Files.readString(data.resolve("postmaster.opts")).strip();
        int firstArgument = options.indexOf(" \"");
        // as zonky does: in a user namespace of its own, so that PostgreSQL, which refuses to run
        // as root, does not see root (unshare execs the server: its PID is the postmaster's)
        List<String> command = new ArrayList<>(List.of("unshare", "-U"));
        command.add(firstArgument < 0 ? options : options.substring(0, firstArgument));
        Matcher argument = QUOTED.matcher(firstArgument < 0 ? "" : options.substring(firstArgument));
        while (argument.find()) {
            command.add(argument.group(1));
        }
        return List.copyOf(command);
    }
}
