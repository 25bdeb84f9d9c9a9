package org.carepath.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line: {@code --name=value}, each with a default (benchmarks/README.md lists them). */
record Options(Path repo, String host, String commit, int seconds, int warmup, int connections, int rate,
        int backlog, int relayTimeout, int journeyTimeout, int drainTimeout, int rebuildTimeout, Set<String> only) {

    static final Set<String> MEASUREMENTS = Set.of("submit", "pgbench", "journey", "relay", "dropped", "region", "memory", "start", "up", "rebuild");

    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Set<String> only = given.containsKey("only") ? Set.of(given.remove("only").split(",")) : MEASUREMENTS;
        if (!MEASUREMENTS.containsAll(only)) {
            throw new IllegalArgumentException("--only takes some of " + MEASUREMENTS);
        }
        Options options = new Options(
                Path.of(given.getOrDefault("repo", ".")).toAbsolutePath().normalize(),
                given.getOrDefault("host", "localhost"),
                given.getOrDefault("commit", "unknown"),
                number(given, "seconds", 30),
                number(given, "warmup", 60),
                number(given, "connections", 16),
                number(given, "rate", 200),
                number(given, "backlog", 50_000),
                number(given, "relay-timeout", 120),
                number(given, "journey-timeout", 180),
                number(given, "drain-timeout", 300),
                number(given, "rebuild-timeout", 180),
                only);
        given.keySet().removeAll(Set.of("repo", "host", "commit", "seconds", "warmup", "connections", "rate", "backlog",
                "relay-timeout", "journey-timeout", "drain-timeout", "rebuild-timeout"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + given.keySet());
        }
        return options;
    }

    boolean runs(String measurement) {
        return only.contains(measurement);
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        int value = given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }
}
