package org.carepath.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code target/quarkus-app}) running as its own process on a free port of
 * 127.0.0.1. It can be killed without warning ({@code kill -9}) and started again on the same port
 * with the same configuration, as a supervisor would after a crash.
 */
public final class ServiceProcess implements AutoCloseable {

    // generous: a busy 2-core machine starts a JVM slowly; the fault rounds assert their own 30 s
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
    private volatile Process process;

    private ServiceProcess(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /**
     * Starts the service with the given configuration as system properties, under the
     * {@code system-test} profile (tokens checked with the test kit's key, not a live Keycloak),
     * and waits until it reports ready. Its output goes to {@code <module>.log} in java.io.tmpdir.
     */
    static ServiceProcess start(String module, Map<String, String> config) {
        return start(module, config, Path.of(System.getProperty("java.io.tmpdir")).resolve(module + ".log"));
    }

    /** As {@link #start(String, Map)}, with the service's output appended to the given file. */
    public static ServiceProcess start(String module, Map<String, String> config, Path log) {
        return start(module, config, log, freePort());
    }

    /** As {@link #start(String, Map, Path)}, on a port chosen beforehand (one a sign-in redirect must name). */
    public static ServiceProcess start(String module, Map<String, String> config, Path log, int port) {
        Path repository = Path.of(System.getProperty("carepath.repository.dir", ".."));
        Path jar = repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify from the root)");
        }
        // the service's scratch files (Vert.x cache) go where the test's do, inside target/
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dquarkus.profile=system-test", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        ServiceProcess service = new ServiceProcess(module, port, List.copyOf(command), log);
        service.launch();
        service.awaitReady();
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** {@code kill -9}: no shutdown hooks, no draining, open transactions and connections cut. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts it again on the same port with the same configuration; returns when it reports ready. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
        awaitReady();
    }

    /** Starts it again if it is not running (a failed restart of an earlier fault), so the next fault starts whole. */
    public void ensureRunning() {
        if (!process.isAlive()) {
            restart();
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void awaitReady() {
        try {
            await().atMost(STARTUP)
                    .pollInterval(Duration.ofMillis(100))
                    .until(this::isReady);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException(name + " was not ready within " + STARTUP + "; see " + log, e);
        }
    }

    /** Whether it answers 200 on /q/health/ready now; fails if the process has exited. */
    public boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(PROBE_TIMEOUT).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            // not listening yet
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
