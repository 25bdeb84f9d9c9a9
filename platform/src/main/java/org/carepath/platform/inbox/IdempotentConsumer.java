package org.carepath.platform.inbox;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.EventCatalog;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies a consumed event at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivery finds it and changes nothing. A failing effect is
 * retried with backoff; after the last retry the failure nacks the message and the channel's
 * dead-letter strategy parks it on {@code <topic>.dlq} with the error in its headers.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ObjectMapper json;
    private final ConsumerConfig config;

    public IdempotentConsumer(ObjectMapper json, ConsumerConfig config) {
        this.json = json;
        this.config = config;
    }

    /**
     * @param consumer a name for this consumer, unique within the service (e.g. {@code journey})
     * @param payload  the Kafka record value: a structured-mode CloudEvent
     * @param effect   what the event does, given the envelope with its data as the catalogued record;
     *                 event types missing from the catalogue are skipped (a newer producer's)
     */
    public Uni<Void> consume(String consumer, String payload, Function<CloudEvent<?>, Uni<Void>> effect) {
        CloudEvent<?> event;
        try {
            event = decode(payload);
        } catch (PoisonEventException e) {
            return Uni.createFrom().failure(e);
        }
        if (event == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> applyOnce(consumer, event, effect)))
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry().withBackOff(config.initialBackoff(), config.maxBackoff()).atMost(config.retries());
    }

    private Uni<Void> applyOnce(String consumer, CloudEvent<?> event, Function<CloudEvent<?>, Uni<Void>> effect) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, now())
                        on conflict do nothing""")
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        LOG.debugf("%s already applied event %s", consumer, event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event);
                });
    }

    private CloudEvent<?> decode(String payload) {
        CloudEvent<JsonNode> envelope = readEnvelope(payload);
        var entry = EventCatalog.find(envelope.type());
        if (entry.isEmpty()) {
            LOG.debugf("skipping event %s of unknown type %s", envelope.id(), envelope.type());
            return null;
        }
        try {
            return envelope.withData(json.treeToValue(envelope.data(), entry.get().recordType()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + envelope.type() + " event " + envelope.id() + " does not match its record", e);
        }
    }

    private CloudEvent<JsonNode> readEnvelope(String payload) {
        try {
            var type = TypeFactory.defaultInstance().constructParametricType(CloudEvent.class, JsonNode.class);
            CloudEvent<JsonNode> envelope = json.readValue(payload, type);
            if (envelope == null || envelope.data() == null) {
                throw new PoisonEventException("event has no data", null);
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }
}
