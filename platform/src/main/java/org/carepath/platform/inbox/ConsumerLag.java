package org.carepath.platform.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * The lag of each of the service's consumer groups, per topic partition, and the records on their
 * dead-letter topics, read from the broker every {@code carepath.metrics.lag-interval} (not on each
 * scrape: a scrape must stay cheap and never wait on Kafka). While Kafka does not answer, the last
 * reading stays; before the first, a gauge shows NaN (unknown), never a 0 that a rule would take for a drop.
 */
@ApplicationScoped
// created at start, so its dead-letter gauges are on /q/metrics before the first reading
@Startup
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long UNREAD = -1;

    private final List<IncomingChannel> channels;
    private final MeterRegistry metrics;
    private final Admin admin;
    private final LagReader reader;
    private final Map<Tags, AtomicLong> shown = new ConcurrentHashMap<>();

    public ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafka, Config config, MeterRegistry metrics) {
        this.channels = IncomingChannel.of(config);
        this.metrics = metrics;
        this.admin = channels.isEmpty() ? null : Admin.create(adminSettings(kafka));
        this.reader = new LagReader(admin, TIMEOUT);
        channels.forEach(channel -> channel.deadLetterTopic()
                .ifPresent(topic -> gauge("carepath.dead.letter.records", Tags.of("group", channel.group(), "topic", topic))));
    }

    @Scheduled(every = "${carepath.metrics.lag-interval:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        if (channels.isEmpty()) {
            return;
        }
        try {
            LagReader.Reading reading = reader.read(channels);
            reading.lags().forEach(lag -> gauge("carepath.consumer.lag.records", Tags.of("group", lag.group(),
                    "topic", lag.topic(), "partition", Integer.toString(lag.partition()))).set(lag.lag()));
            reading.deadLetters().forEach(dead -> gauge("carepath.dead.letter.records",
                    Tags.of("group", dead.group(), "topic", dead.topic())).set(dead.records()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debugf("Consumer lag not read from Kafka this time: %s", e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    private AtomicLong gauge(String name, Tags tags) {
        return shown.computeIfAbsent(tags.and("name", name), key -> {
            AtomicLong value = new AtomicLong(UNREAD);
            Gauge.builder(name, value, read -> read.get() == UNREAD ? Double.NaN : read.get())
                    .tags(tags)
                    .strongReference(true)
                    .register(metrics);
            return value;
        });
    }

    /** The connector's broker settings an admin client knows (the rest would each log a warning). */
    private static Map<String, Object> adminSettings(Map<String, Object> kafka) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return settings;
    }
}
