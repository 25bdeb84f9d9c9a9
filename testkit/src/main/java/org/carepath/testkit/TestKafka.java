package org.carepath.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.carepath.events.Topics;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real single-node KRaft Kafka broker per test JVM: Kafka's own {@code KafkaClusterTestKit}
 * in this JVM, or the {@code apache/kafka} image where Docker answers. The care topics and their
 * dead-letter topics are created as the launcher creates them ({@link Topics}: partitions, unlimited
 * retention); any other topic is created on first use.
 * {@link #stopBroker()} and {@link #startBroker()} take it away and bring it back on the same
 * address, for tests of what happens while Kafka is down.
 */
public abstract class TestKafka {

    private static TestKafka instance;

    public static synchronized TestKafka get() {
        if (instance == null) {
            instance = Infrastructure.chosen() == Infrastructure.CONTAINERS ? new Container() : new Embedded();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
            instance.createTopics();
        }
        return instance;
    }

    public abstract String bootstrapServers();

    public abstract void stopBroker();

    public abstract void startBroker();

    abstract void close();

    public Map<String, String> quarkusConfig() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    /** The topics of {@link Topics#toCreate()}, with {@link Topics#CONFIG}, before any service asks for one. */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(Topics.toCreate().stream()
                            .map(name -> new NewTopic(name, Topics.PARTITIONS, (short) 1).configs(Topics.CONFIG))
                            .toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the CarePath topics on the test broker", e);
        }
    }

    /** The last value of the record's header as text, or null when it has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record on the topic now, from the beginning, in partition and offset order. */
    public List<ConsumerRecord<String, String>> records(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Writes a record as a producing service would (headers as name, value pairs), or as a broken one might. */
    public void send(String topic, String key, String value, String... headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record to " + topic, e);
        }
    }

    private static final class Embedded extends TestKafka {

        // Kafka logs its whole configuration at INFO on every start; tests want its warnings only.
        private static final List<Logger> QUIET = List.of(Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"));

        private final KafkaClusterTestKit cluster;

        Embedded() {
            QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
            try {
                // our own folder, deleted by close(): the kit's default temp folder is deleted by a
                // shutdown hook of its own that races the broker's last checkpoint
                Path logs = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kafka-");
                cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setBaseDirectory(logs)
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setDeleteOnClose(true)
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("the in-JVM Kafka broker did not start", e);
            }
        }

        @Override
        public String bootstrapServers() {
            return cluster.bootstrapServers();
        }

        @Override
        public void stopBroker() {
            cluster.brokers().values().forEach(broker -> broker.shutdown());
        }

        @Override
        public void startBroker() {
            cluster.brokers().values().forEach(broker -> broker.startup());
            try {
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("the in-JVM Kafka broker did not come back", e);
            }
        }

        @Override
        void close() {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("in-JVM Kafka did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static final class Container extends TestKafka {

        private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");

        Container() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        // Pausing keeps the mapped ports, so clients reconnect to the same address afterwards.
        @Override
        public void stopBroker() {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        public void startBroker() {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        void close() {
            container.stop();
        }
    }
}
