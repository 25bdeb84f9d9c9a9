package org.carepath.systemtests.realm;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carepath.systemtests.ServiceProcess;

/**
 * The Keycloak distribution the launcher runs (unpacked by this module's build into
 * {@code target/keycloak}), started in dev mode on a free port of 127.0.0.1 with the project's
 * {@code carepath} realm imported, as {@code deploy/local/carepath up} starts it.
 */
public final class KeycloakProcess implements AutoCloseable {

    // the first start of a distribution re-augments it (a Quarkus build): minutes on a busy 2-core machine
    private static final Duration STARTUP = Duration.ofSeconds(300);

    private final int port;
    private final Process process;

    private KeycloakProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static KeycloakProcess start(Path home, Path realmFile, Path log) {
        int port = ServiceProcess.freePort();
        try {
            Path data = home.resolve("data");
            // a fresh dev database each run, so the realm file is what is imported
            deleteRecursively(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import/carepath-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            var builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the issuer is fixed to this address, as the launcher fixes it, whoever calls
            builder.environment().put("KC_HOSTNAME", "http://127.0.0.1:" + port);
            builder.environment().put("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
            builder.environment().put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
            var keycloak = new KeycloakProcess(port, builder.start());
            keycloak.awaitRealm(log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak from " + home, e);
        }
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/carepath";
    }

    /** A demo user's access token by the password grant of the realm's public client, as curl users get one. */
    public String passwordToken(String username, String password) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "carepath-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private void awaitRealm(Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var wellKnown = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    return http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notListeningYet) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("Keycloak's carepath realm was not served within " + STARTUP + "; see " + log, e);
        }
    }

    /** kc.sh runs Keycloak's JVM as its child: stop the JVM and the script, by their pids. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
