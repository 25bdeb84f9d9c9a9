package org.carepath.identity.messaging;

import org.carepath.events.CloudEvent;
import org.carepath.identity.journey.JourneyRecorder;
import org.carepath.identity.journey.Told;
import org.carepath.identity.projection.ReplayBatch;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.relationship.Relationships;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * A topic of events about a person: each event goes on the person's journey, then changes who is involved with
 * them where it starts or ends a relationship. Live and in a rebuild alike: the same wording and the same
 * relationship rules, written to the live tables or into the rebuild's batch. Live only, the event is also queued
 * for the webhook subscribers allowed to hear it, so a rebuild never sends anything again. Handlers are {@code @Singleton}: an
 * {@code @ApplicationScoped} one would need a client proxy, hence a no-args constructor this class cannot offer.
 */
abstract class PersonTopicHandler implements TopicProjection {

    /** What an event that starts or ends no relationship does to them. */
    static final Uni<Void> UNCHANGED = Uni.createFrom().voidItem();

    private final IdempotentConsumer consumer;
    private final JourneyRecorder journey;
    private final Relationships relationships;
    private final WebhookQueue webhooks;

    PersonTopicHandler(IdempotentConsumer consumer, JourneyRecorder journey, Relationships relationships,
            WebhookQueue webhooks) {
        this.consumer = consumer;
        this.journey = journey;
        this.relationships = relationships;
        this.webhooks = webhooks;
    }

    /** The event in the journey's words: the topic's own wording. */
    abstract Told told(CloudEvent<?> event);

    /** What the event does to relationships, written through {@code relationships}. */
    abstract Uni<Void> relate(CloudEvent<?> event, Relationships relationships);

    /**
     * What the event tells the person index (owned data): live only, never in a rebuild, which
     * rebuilds projections and leaves what the index learned alone.
     */
    Uni<Void> index(CloudEvent<?> event) {
        return UNCHANGED;
    }

    /** For the topic's {@code @Incoming} method: applies the record once, then acks it or dead-letters it. */
    Uni<Void> settle(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> applyLive(event, payload))
                .invoke(webhooks::committed);
    }

    /** The body sent to webhooks is the event exactly as consumed, so receivers can check the signature over it. */
    private Uni<Void> applyLive(CloudEvent<?> event, String payload) {
        Told told = told(event);
        return journey.record(topic(), event, told)
                .chain(() -> relate(event, relationships))
                .chain(() -> index(event))
                .chain(() -> webhooks.aboutPerson(event, payload, told.organisation()));
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        batch.journey(journey.entry(topic(), event, told(event)));
        return relate(event, relationships.replayingInto(batch));
    }
}
