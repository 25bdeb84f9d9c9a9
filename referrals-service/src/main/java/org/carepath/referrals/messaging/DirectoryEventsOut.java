package org.carepath.referrals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Directory changes onto {@code care.directory.v1}, keyed by service id, through the outbox. */
@ApplicationScoped
public class DirectoryEventsOut {

    private final Outbox outbox;

    public DirectoryEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> published(CareServicePublished event) {
        return outbox.publish(event);
    }

    public Uni<Void> retired(CareServiceRetired event) {
        return outbox.publish(event);
    }
}
