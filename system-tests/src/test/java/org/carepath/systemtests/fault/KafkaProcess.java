package org.carepath.systemtests.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.carepath.systemtests.ServiceProcess;

/**
 * A single-node KRaft Kafka (one process, broker and controller, as deploy/local runs it) in a
 * child JVM built from this test JVM's class path, so that it can be killed with {@code kill -9}
 * and started again on the same ports and log folder.
 */
final class KafkaProcess implements AutoCloseable {

    /** JBoss LogManager (the class path's logging) to stdout, which goes to kafka.log. */
    private static final String LOGGING = """
            logger.level=INFO
            logger.handlers=CONSOLE
            handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler
            handler.CONSOLE.formatter=PATTERN
            formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter
            formatter.PATTERN.properties=pattern
            formatter.PATTERN.pattern=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] %s%e%n
            """;
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Path home;
    private final int brokerPort;
    private final Path log;
    private volatile Process process;

    private KafkaProcess(Path home, int brokerPort, Path log) {
        this.home = home;
        this.brokerPort = brokerPort;
        this.log = log;
    }

    /** Formats a fresh log folder under {@code home}, starts the broker and creates the topics with the given partitions. */
    static KafkaProcess start(Path home, List<String> topics, int partitions) {
        int brokerPort = ServiceProcess.freePort();
        int controllerPort = ServiceProcess.freePort();
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("server.properties"), serverProperties(home.resolve("data"), brokerPort, controllerPort));
            Files.writeString(home.resolve("logging.properties"), LOGGING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaProcess kafka = new KafkaProcess(home, brokerPort, home.resolve("kafka.log"));
        kafka.format();
        kafka.launch();
        kafka.awaitReady();
        kafka.createTopics(topics, partitions);
        return kafka;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    Path log() {
        return log;
    }

    /** {@code kill -9}: no controlled shutdown, the log folder left as a crash leaves it. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Same ports, same log folder (Kafka recovers the unclean log); returns once it serves metadata again. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        launch();
        awaitReady();
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void format() {
        List<String> command = java("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", Uuid.randomUuid().toString(), "-c", home.resolve("server.properties").toString());
        try {
            Process formatting = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("kafka storage format failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts it again if it is not running (a failed restart of an earlier fault), so the next fault starts whole. */
    void ensureRunning() {
        if (!process.isAlive()) {
            restart();
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(java("kafka.Kafka", home.resolve("server.properties").toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka", e);
        }
    }

    private void awaitReady() {
        await().atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500))
                .until(this::servesMetadata);
    }

    private boolean servesMetadata() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log);
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void createTopics(List<String> topics, int partitions) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic, e);
                    }
                }
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic creation timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        return Admin.create(config);
    }

    /** A JVM on this test's class path, which holds kafka_2.13 and its dependencies. */
    private List<String> java(String mainClass, String... args) {
        var command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-Xmx384m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dlogging.configuration=" + home.resolve("logging.properties").toUri(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** deploy/local/kafka/server.properties on free ports: combined broker + controller, one replica of everything. */
    private static String serverProperties(Path data, int brokerPort, int controllerPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        settings.put("log.dirs", data.toString());
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "3");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", "1");
        settings.put("auto.create.topics.enable", "true");
        settings.put("group.initial.rebalance.delay.ms", "0");
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }
}
