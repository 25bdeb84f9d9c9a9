package org.carepath.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The platform's ports as deploy/ports.env declares them, read from the repository the tool runs in
 * (benchmarks/run starts it at the root; any folder inside the repository does).
 */
final class Ports {

    private static final Map<String, Integer> DECLARED = read(file());

    private Ports() {
    }

    /** A service's HTTP port, e.g. {@code http("referrals")}. */
    static int http(String service) {
        return port(service.toUpperCase(Locale.ROOT) + "_HTTP_PORT");
    }

    static int keycloak() {
        return port("CAREPATH_KEYCLOAK_PORT");
    }

    static int kafka() {
        return port("CAREPATH_KAFKA_PORT");
    }

    static int postgres() {
        return port("CAREPATH_POSTGRES_PORT");
    }

    private static int port(String name) {
        Integer port = DECLARED.get(name);
        if (port == null) {
            throw new IllegalStateException("deploy/ports.env declares no " + name);
        }
        return port;
    }

    private static Path file() {
        Path start = Path.of("").toAbsolutePath();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("deploy/ports.env");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/ports.env in " + start + " or above: run from the CarePath repository");
    }

    /** NAME=value lines; comments and blank lines skipped, as the launcher's shell reads them. */
    private static Map<String, Integer> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("=", 2))
                    .collect(Collectors.toUnmodifiableMap(pair -> pair[0].strip(), pair -> Integer.valueOf(pair[1].strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
