package org.carepath.identity.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.events.directory.DirectoryEvent;
import org.carepath.identity.directory.SectorRepository;
import org.carepath.identity.projection.ReplayBatch;
import org.carepath.identity.projection.TopicProjection;
import org.carepath.identity.webhook.WebhookQueue;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Learns each organisation's sector from {@code care.directory.v1}: journey entries are shown and filtered by it.
 * Live only, the event is queued for every webhook subscriber to its type: it is about a service, not a person.
 */
@ApplicationScoped
public class DirectoryEventsHandler implements TopicProjection {

    /** A published service tells its organisation's sector; a retired one leaves the sector as it was. */
    private static final DirectoryEvent.Handler<Optional<CareServicePublished>> SECTOR_TOLD = new DirectoryEvent.Handler<>() {

        @Override
        public Optional<CareServicePublished> on(CareServicePublished event) {
            return Optional.of(event);
        }

        @Override
        public Optional<CareServicePublished> on(CareServiceRetired event) {
            return Optional.empty();
        }
    };

    private final IdempotentConsumer consumer;
    private final SectorRepository sectors;
    private final WebhookQueue webhooks;

    public DirectoryEventsHandler(IdempotentConsumer consumer, SectorRepository sectors, WebhookQueue webhooks) {
        this.consumer = consumer;
        this.sectors = sectors;
        this.webhooks = webhooks;
    }

    @Incoming("directory")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.settle(CONSUMER, message, this::apply);
    }

    @Override
    public String topic() {
        return Topics.DIRECTORY;
    }

    @Override
    public Uni<Void> apply(String payload) {
        return consumer.consume(CONSUMER, payload, event -> sectorTold(event)
                        .map(published -> sectors.learn(published.organisation(), published.sector()))
                        .orElseGet(() -> Uni.createFrom().voidItem())
                        .chain(() -> webhooks.aboutService(event, payload)))
                .invoke(webhooks::committed);
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        sectorTold(event).ifPresent(published -> batch.sector(published.organisation(), published.sector()));
        return Uni.createFrom().voidItem();
    }

    private static Optional<CareServicePublished> sectorTold(CloudEvent<?> event) {
        return event.data(DirectoryEvent.class).handle(SECTOR_TOLD);
    }
}
