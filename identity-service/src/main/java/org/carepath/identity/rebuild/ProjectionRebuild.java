package org.carepath.identity.rebuild;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carepath.events.Topics;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rebuilds the journey, the relationships and the organisation sectors from the topics as a
 * background job, beside the live projections (which go on serving reads and taking live events),
 * and switches to the rebuilt ones atomically once it has caught up. Owned data (persons,
 * identifiers, objections, staff, audit) is kept. One job at a time; the last one's status stays
 * readable until the next starts. A restart of the service ends a running job (the next one drops
 * what it had built); the live projections are never touched until the switch.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    // The consumer fetches ahead; past a partition's end the broker holds that fetch until data comes or this
    // wait ends, and the next partition's fetch waits behind it: the default 500 ms was most of the reading
    // time, and lengthened the switch's tail read, which the live consumers wait for.
    private static final int FETCH_MAX_WAIT_MS = 20;

    private final Instance<TopicProjection> projections;
    private final ShadowProjections shadow;
    private final RebuildConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final String bootstrapServers;
    private RebuildJob job;

    public ProjectionRebuild(Instance<TopicProjection> projections, ShadowProjections shadow, RebuildConfig config,
            ObjectMapper json, Clock clock, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projections = projections;
        this.shadow = shadow;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a rebuild; refused (a conflict) while one is running or awaiting a decision. */
    public synchronized RebuildStatus start(String by) {
        if (job != null && job.active()) {
            throw new Conflict("a projection rebuild is already " + job.status().state()
                    + ": follow it with GET /ops/projections/rebuild, or abandon it with DELETE");
        }
        LOG.infof("projection rebuild requested by %s", by);
        job = new RebuildJob(inReadingOrder(), this::newConsumer, shadow, config, json, clock, by);
        Thread thread = new Thread(job, "projection-rebuild");
        thread.setDaemon(true);
        thread.start();
        return job.status();
    }

    public synchronized RebuildStatus status() {
        if (job == null) {
            throw new NotVisible("no projection rebuild has run since the service started");
        }
        return job.status();
    }

    /** Switches without the failed records listed now; only while the job awaits that decision. */
    public synchronized RebuildStatus acceptFailures(String by) {
        RebuildStatus current = status();
        if (!RebuildStatus.AWAITING_DECISION.equals(current.state())) {
            throw new Conflict("the projection rebuild is " + current.state()
                    + ": failures can be accepted only while it is " + RebuildStatus.AWAITING_DECISION);
        }
        LOG.warnf("projection rebuild: %s accepted %d failed records %s", by, current.failed(), current.failures());
        job.acceptFailures();
        return job.status();
    }

    /** Stops the job and drops what it built; the live projections are untouched. */
    public synchronized RebuildStatus abandon(String by) {
        RebuildStatus current = status();
        if (!current.active()) {
            throw new Conflict("the projection rebuild is " + current.state() + ": nothing to abandon");
        }
        LOG.warnf("projection rebuild abandoned by %s at %s", by, current);
        job.abandon();
        return job.status();
    }

    @PreDestroy
    synchronized void stop() {
        if (job != null && job.active()) {
            job.abandon();
        }
    }

    // The directory first, so sectors are known; then each person topic (by name, for a stable order).
    private Map<String, TopicProjection> inReadingOrder() {
        Map<String, TopicProjection> ordered = new LinkedHashMap<>();
        projections.stream()
                .sorted(Comparator.comparing((TopicProjection projection) -> !Topics.DIRECTORY.equals(projection.topic()))
                        .thenComparing(TopicProjection::topic))
                .forEach(projection -> ordered.put(projection.topic(), projection));
        return ordered;
    }

    private KafkaConsumer<String, String> newConsumer() {
        var settings = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS,
                ConsumerConfig.CLIENT_ID_CONFIG, "identity-service-rebuild");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
