package org.carepath.identity.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.carepath.events.Topics;
import org.carepath.identity.journey.JourneyRepository;
import org.carepath.identity.messaging.TopicProjection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Rebuilds the journey, the relationships and the organisation sectors from the topics: clears
 * them, forgets which events were applied, then reads every topic from its earliest offset with a
 * consumer of its own (the live consumers keep their offsets) and applies each record through the
 * same handler as the live consumer. Owned data (persons, identifiers, objections, staff, audit) is
 * kept. A record that fails again is counted and skipped; the live consumer dead-lettered it already.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    private final Instance<TopicProjection> projections;
    private final JourneyRepository journey;
    private final String bootstrapServers;

    public ProjectionRebuild(Instance<TopicProjection> projections, JourneyRepository journey,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projections = projections;
        this.journey = journey;
        this.bootstrapServers = bootstrapServers;
    }

    /** Counts of what was replayed. */
    public record Outcome(int records, int skipped) {
    }

    private record Replay(TopicProjection projection, String payload) {
    }

    /** Call on a Vert.x context (a REST request): the replay runs there, the topic reading on a worker thread. */
    public Uni<Outcome> rebuild() {
        Context context = Vertx.currentContext();
        return Panache.withTransaction(this::clear)
                .chain(() -> Uni.createFrom().item(this::readEverything)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(command -> context.runOnContext(ignored -> command.run())))
                .chain(this::replay);
    }

    private Uni<Void> clear() {
        return journey.clear()
                .chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery("delete from care_relationship").executeUpdate()
                        .chain(() -> session.createNativeQuery("delete from organisation_sector").executeUpdate())
                        .chain(() -> session.createNativeQuery("delete from processed_event where consumer = ?1")
                                .setParameter(1, TopicProjection.CONSUMER)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Outcome> replay(List<Replay> records) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(record -> record.projection().apply(record.payload())
                        .map(applied -> 0)
                        .onFailure().recoverWithItem(failure -> skipped(record, failure)))
                .collect().asList()
                .map(results -> new Outcome(results.size(), results.stream().mapToInt(Integer::intValue).sum()));
    }

    private static int skipped(Replay record, Throwable failure) {
        LOG.warnf("rebuild skipped a record of %s: %s", record.projection().topic(), failure.getMessage());
        return 1;
    }

    // The directory first, so sectors are known; then each person topic, partition by partition in offset order.
    private List<Replay> readEverything() {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "identity-service-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Replay> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            projections.stream()
                    .sorted(Comparator.comparing(projection -> !Topics.DIRECTORY.equals(projection.topic())))
                    .forEach(projection -> read(consumer, projection, records));
        }
        return records;
    }

    private static void read(KafkaConsumer<String, String> consumer, TopicProjection projection, List<Replay> into) {
        List<TopicPartition> partitions = consumer.partitionsFor(projection.topic(), Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(projection.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition())) && record.value() != null) {
                    into.add(new Replay(projection, record.value()));
                }
            });
        }
    }
}
