package org.carepath.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Which kind of real infrastructure the tests get. {@code -Dcarepath.test.infrastructure=}
 * {@code containers} forces Testcontainers, {@code embedded} forces zonky PostgreSQL and the in-JVM
 * Kafka broker; unset (or {@code auto}) uses containers only where a Docker engine answers.
 */
public enum Infrastructure {
    CONTAINERS, EMBEDDED;

    public static final String PROPERTY = "carepath.test.infrastructure";

    private static Infrastructure chosen;

    public static synchronized Infrastructure chosen() {
        if (chosen == null) {
            String wanted = System.getProperty(PROPERTY, "auto").toLowerCase(Locale.ROOT);
            chosen = switch (wanted) {
                case "containers" -> CONTAINERS;
                case "embedded" -> EMBEDDED;
                case "auto" -> dockerAnswers() ? CONTAINERS : EMBEDDED;
                default -> throw new IllegalArgumentException(PROPERTY + " must be containers, embedded or auto, not " + wanted);
            };
        }
        return chosen;
    }

    // Asking Testcontainers costs seconds when there is no engine; a missing socket settles it at once.
    private static boolean dockerAnswers() {
        boolean maybe = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        try {
            return maybe && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
