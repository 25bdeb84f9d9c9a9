package org.carepath.insights.rebuild;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carepath.insights.facts.Facts;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Rebuilds the facts from the topics' earliest offsets into a new generation, on a thread of its own, while
 * the live facts go on serving reads and taking live events (which the consumers write to both generations
 * meanwhile); then makes the new generation live in one step. One rebuild at a time; the last one's status
 * stays readable until the next starts.
 */
@ApplicationScoped
public class InsightsRebuild {

    private static final Logger LOG = Logger.getLogger(InsightsRebuild.class);

    private final Facts facts;
    private final FactGenerations generations;
    private final ObjectMapper json;
    private final Clock clock;
    private final String bootstrapServers;
    private RebuildJob job;
    // between a start's check and its job: a second start meanwhile is refused too
    private boolean starting;

    public InsightsRebuild(Facts facts, FactGenerations generations, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.facts = facts;
        this.generations = generations;
        this.json = json;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a rebuild once its generation is made; refused (a conflict) while one runs. */
    public Uni<RebuildStatus> start(String by) {
        return Uni.createFrom().item(() -> refuseWhileRunning())
                .chain(generations::startBuilding)
                .onFailure().invoke(this::notStarting)
                .map(generation -> launch(generation, by));
    }

    private synchronized Void refuseWhileRunning() {
        if (starting || job != null && job.status().running()) {
            throw new Conflict("an insights rebuild is already running: follow it with GET /ops/insights/rebuild");
        }
        starting = true;
        return null;
    }

    private synchronized void notStarting() {
        starting = false;
    }

    private synchronized RebuildStatus launch(int generation, String by) {
        LOG.infof("insights rebuild of generation %d requested by %s", generation, by);
        starting = false;
        job = new RebuildJob(generation, facts, generations, this::newConsumer, json, clock, by);
        Thread thread = new Thread(job, "insights-rebuild");
        thread.setDaemon(true);
        thread.start();
        return job.status();
    }

    public synchronized RebuildStatus status() {
        if (job == null) {
            throw new NotVisible("no insights rebuild has run since the service started");
        }
        return job.status();
    }

    private KafkaConsumer<String, String> newConsumer() {
        var settings = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.CLIENT_ID_CONFIG, "insights-service-rebuild");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
