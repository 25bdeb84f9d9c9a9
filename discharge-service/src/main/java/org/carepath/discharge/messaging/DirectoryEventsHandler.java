package org.carepath.discharge.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AcceptedReferrals;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.events.directory.DirectoryEvent;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** {@code care-service.published}: what kind of help each service gives, so only a package of care meets that milestone. */
@ApplicationScoped
public class DirectoryEventsHandler implements DirectoryEvent.Handler<Uni<Void>> {

    /** The types with an effect below: the others are acknowledged without a transaction. */
    private static final Set<String> ACTS_ON = Set.of(CareServicePublished.TYPE);

    private final IdempotentConsumer consumer;
    private final AcceptedReferrals referrals;

    public DirectoryEventsHandler(IdempotentConsumer consumer, AcceptedReferrals referrals) {
        this.consumer = consumer;
        this.referrals = referrals;
    }

    @Incoming("directory")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("service-kinds", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<CareEvent> event) {
        return event.data(DirectoryEvent.class).handle(this);
    }

    @Override
    public Uni<Void> on(CareServicePublished published) {
        return referrals.servicePublished(published);
    }

    /** A retired service keeps its kind: referrals accepted to it stand until they end. */
    @Override
    public Uni<Void> on(CareServiceRetired retired) {
        return Uni.createFrom().voidItem();
    }
}
