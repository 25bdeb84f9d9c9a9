package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AcceptedReferrals;
import org.carepath.events.CloudEvent;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** {@code care-service.published}: what kind of help each service gives, so only a package of care meets that milestone. */
@ApplicationScoped
public class DirectoryEventsHandler {

    private final IdempotentConsumer consumer;
    private final AcceptedReferrals referrals;

    public DirectoryEventsHandler(IdempotentConsumer consumer, AcceptedReferrals referrals) {
        this.consumer = consumer;
        this.referrals = referrals;
    }

    @Incoming("directory")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("service-kinds", message, Set.of(CareServicePublished.TYPE), this::route);
    }

    private Uni<Void> route(CloudEvent<?> event) {
        return switch (event.type()) {
            case CareServicePublished.TYPE -> referrals.servicePublished((CareServicePublished) event.data());
            default -> Uni.createFrom().voidItem();
        };
    }
}
