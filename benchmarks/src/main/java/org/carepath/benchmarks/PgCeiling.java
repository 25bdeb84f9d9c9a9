package org.carepath.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL ceiling for a submit's two-row transaction: pgbench with benchmarks/pgbench/submit.sql
 * (16 clients, 2 threads) against a scratch database on the launcher's server, dropped afterwards.
 */
final class PgCeiling {

    static final String DATABASE = "carepath_bench";
    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("(?m)^latency average = ([0-9.]+) ms");

    private PgCeiling() {
    }

    static Map<String, Object> measure(Path scripts, int clients, long seconds) throws Exception {
        recreateDatabase();
        try {
            try (Connection scratch = Db.connect(DATABASE); Statement statement = scratch.createStatement()) {
                statement.execute(Files.readString(scripts.resolve("schema.sql")));
            }
            String output = pgbench(scripts.resolve("submit.sql"), clients, seconds);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("clients", clients);
            json.put("seconds", seconds);
            json.put("transactionsPerSecond", parseTps(output));
            json.put("latencyAverageMs", parse(LATENCY, output));
            return json;
        } finally {
            dropDatabase();
        }
    }

    static Double parseTps(String pgbenchOutput) {
        return parse(TPS, pgbenchOutput);
    }

    private static Double parse(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Latencies.round(Double.parseDouble(matcher.group(1))) : null;
    }

    private static String pgbench(Path script, int clients, long seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Long.toString(seconds), "-f", script.toString(),
                "-h", Db.HOST, "-p", Integer.toString(Db.PORT), "-U", Db.USER, DATABASE)
                .redirectErrorStream(true);
        Path log = Files.createTempFile("pgbench", ".log");
        builder.redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", Db.PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(seconds + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish within " + (seconds + 60) + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    // the carepath role may not create databases: the server's superuser (trusted locally) does it for it
    private static void recreateDatabase() throws SQLException {
        dropDatabase();
        try (Connection admin = Db.connect("postgres", "postgres", ""); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + Db.USER);
        }
    }

    private static void dropDatabase() throws SQLException {
        try (Connection admin = Db.connect("postgres", "postgres", ""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }
}
