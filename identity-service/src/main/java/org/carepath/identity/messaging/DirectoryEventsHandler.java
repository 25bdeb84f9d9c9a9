package org.carepath.identity.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.identity.directory.SectorRepository;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Learns each organisation's sector from {@code care.directory.v1}: journey entries are shown and filtered by it. */
@ApplicationScoped
public class DirectoryEventsHandler implements TopicProjection {

    private final IdempotentConsumer consumer;
    private final SectorRepository sectors;

    public DirectoryEventsHandler(IdempotentConsumer consumer, SectorRepository sectors) {
        this.consumer = consumer;
        this.sectors = sectors;
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
        return consumer.consume(CONSUMER, payload, event -> event.data() instanceof CareServicePublished published
                ? sectors.learn(published.organisation(), published.sector())
                : Uni.createFrom().voidItem());
    }

    @Override
    public Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch) {
        if (event.data() instanceof CareServicePublished published) {
            batch.sector(published.organisation(), published.sector());
        }
        return Uni.createFrom().voidItem();
    }
}
