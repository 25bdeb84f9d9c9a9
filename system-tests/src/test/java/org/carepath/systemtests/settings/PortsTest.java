package org.carepath.systemtests.settings;

import static org.carepath.systemtests.settings.RepositoryFiles.SERVICES;
import static org.carepath.systemtests.settings.RepositoryFiles.applicationProperties;
import static org.carepath.systemtests.settings.RepositoryFiles.files;
import static org.carepath.systemtests.settings.RepositoryFiles.platformDefaults;
import static org.carepath.systemtests.settings.RepositoryFiles.ports;
import static org.carepath.systemtests.settings.RepositoryFiles.properties;
import static org.carepath.systemtests.settings.RepositoryFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * deploy/ports.env declares every port once. The launcher's scripts and the benchmark tool read it;
 * what cannot read it (compose's published ports, each service's default, the images' EXPOSE, the
 * realm's redirect URIs) must agree with it.
 */
class PortsTest {

    private static final Pattern PUBLISHED = Pattern.compile("\"127\\.0\\.0\\.1:(\\d+):(\\d+)\"");

    @Test
    void composePublishesEveryPortOnLoopbackAndTheServicesListenOnTheirOwn() {
        String compose = text("docker-compose.yml");
        Set<Integer> published = new TreeSet<>();
        Matcher matcher = PUBLISHED.matcher(compose);
        while (matcher.find()) {
            published.add(Integer.valueOf(matcher.group(1)));
        }
        Map<String, Integer> ports = ports();
        Set<Integer> expected = new TreeSet<>(ports.values());
        // the KRaft controller stays inside compose's network
        expected.remove(ports.get("CAREPATH_KAFKA_CONTROLLER_PORT"));
        assertEquals(expected, published, "docker-compose.yml publishes the host ports of deploy/ports.env");
        assertFalse(Pattern.compile("- \"\\d+:").matcher(compose).find(), "every published port is bound to 127.0.0.1");

        // the services listen on the port env_file gives them, so the container side is the same
        ports.forEach((name, port) -> {
            if (name.endsWith("_HTTP_PORT") || name.equals("DISCHARGE_MLLP_PORT")) {
                assertTrue(compose.contains("\"127.0.0.1:" + port + ":" + port + "\""), name);
            }
        });
        assertEquals(SERVICES.size() + 1, compose.split("env_file: deploy/ports.env", -1).length - 1,
                "every service and the portal get deploy/ports.env");
        // what Keycloak and Kafka tell clients on the host names the published port too
        assertTrue(compose.contains("KC_HOSTNAME: http://127.0.0.1:" + ports.get("CAREPATH_KEYCLOAK_PORT")), "Keycloak's issuer");
        assertTrue(compose.contains("HOST://127.0.0.1:" + ports.get("CAREPATH_KAFKA_PORT")), "Kafka's advertised listener");
    }

    @Test
    void eachServiceDefaultsToItsPortToRunAlone() {
        Map<String, Integer> ports = ports();
        for (String service : SERVICES) {
            String variable = service.toUpperCase(Locale.ROOT) + "_HTTP_PORT";
            Properties properties = applicationProperties(service);
            assertEquals("${" + variable + ":" + ports.get(variable) + "}", properties.getProperty("quarkus.http.port"), service);
            assertTrue(text(service + "-service/src/main/docker/Dockerfile.jvm").contains("EXPOSE " + ports.get(variable)), service);
        }
        assertEquals("${DISCHARGE_MLLP_PORT:" + ports.get("DISCHARGE_MLLP_PORT") + "}",
                applicationProperties("discharge").getProperty("discharge.mllp.port"));
        Properties portal = properties("portal/src/main/resources/application.properties");
        assertEquals("${PORTAL_HTTP_PORT:" + ports.get("PORTAL_HTTP_PORT") + "}", portal.getProperty("quarkus.http.port"));
        assertTrue(text("portal/src/main/docker/Dockerfile.jvm").contains("EXPOSE " + ports.get("PORTAL_HTTP_PORT")));
        // the portal calls each service where the launcher runs it, unless told otherwise
        for (String service : SERVICES) {
            String variable = service.toUpperCase(Locale.ROOT) + "_HTTP_PORT";
            assertEquals("${" + service.toUpperCase(Locale.ROOT) + "_URL:http://127.0.0.1:${" + variable + ":"
                    + ports.get(variable) + "}}", portal.getProperty("quarkus.rest-client." + service + ".url"), service);
        }
    }

    @Test
    void theRealmLetsEachServicesSwaggerUiSignIn() {
        String realm = text("deploy/keycloak/carepath-realm.json");
        Map<String, Integer> ports = ports();
        for (String service : SERVICES) {
            Integer port = ports.get(service.toUpperCase(Locale.ROOT) + "_HTTP_PORT");
            assertTrue(realm.contains("\"http://127.0.0.1:" + port + "/*\""), service + " is a redirect URI of the realm");
        }
        assertTrue(realm.contains("\"http://127.0.0.1:" + ports.get("PORTAL_HTTP_PORT") + "/*\""),
                "the portal signs staff in on its port");
    }

    @Test
    void platformDefaultsToTheLaunchersInfrastructure() {
        Map<String, Integer> ports = ports();
        Properties defaults = platformDefaults();
        assertTrue(defaults.getProperty("quarkus.datasource.reactive.url")
                .contains("${CAREPATH_DB_PORT:" + ports.get("CAREPATH_POSTGRES_PORT") + "}"));
        assertEquals("${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:" + ports.get("CAREPATH_KAFKA_PORT") + "}",
                defaults.getProperty("kafka.bootstrap.servers"));
        assertTrue(defaults.getProperty("%dev,prod.quarkus.oidc.auth-server-url")
                .startsWith("${KEYCLOAK_URL:http://127.0.0.1:" + ports.get("CAREPATH_KEYCLOAK_PORT") + "}"));
    }

    @Test
    void theLauncherNamesNoPortItself() {
        List<String> scripts = List.of("deploy/local/carepath", "deploy/local/demo", "deploy/local/common.sh",
                "deploy/local/processes.sh", "deploy/local/build.sh", "deploy/local/observability.sh",
                "deploy/local/kafka/server.properties",
                "benchmarks/run");
        for (Integer port : ports().values()) {
            Pattern literal = Pattern.compile("\\b" + port + "\\b");
            scripts.forEach(script -> assertFalse(literal.matcher(text(script)).find(), script + " names port " + port));
        }
    }

    @Test
    void prometheusScrapesEachServiceOnItsPort() {
        String config = text("deploy/observability/prometheus/prometheus.yml");
        Map<String, Integer> ports = ports();
        for (String service : SERVICES) {
            Integer port = ports.get(service.toUpperCase(Locale.ROOT) + "_HTTP_PORT");
            assertTrue(config.contains("[" + service + "-service:" + port + "]"), service + " is scraped on its port");
        }
        assertTrue(text("deploy/observability/grafana/provisioning/datasources/prometheus.yml")
                .contains("http://prometheus:" + ports.get("CAREPATH_PROMETHEUS_PORT")), "Grafana reads compose's Prometheus");
    }

    @Test
    void noJavaCodeNamesAPort() {
        // a service's ports are configuration (its application.properties); the benchmark tool reads deploy/ports.env
        List<String> sources = Stream.concat(Stream.of("events", "platform", "testkit", "benchmarks", "portal"),
                        SERVICES.stream().map(service -> service + "-service"))
                .flatMap(module -> files(module + "/src/main/java", ".java").stream())
                .toList();
        assertTrue(sources.size() > 100, "found the modules' main code: " + sources.size() + " files");
        for (Integer port : ports().values()) {
            Pattern literal = Pattern.compile("\\b" + port + "\\b");
            sources.forEach(source -> assertFalse(literal.matcher(text(source)).find(), source + " names port " + port));
        }
    }
}
