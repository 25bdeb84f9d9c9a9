package org.carepath.identity.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CareEvent;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Identity events onto {@code care.identity.v1}, keyed by the person's NHS number, through the outbox. */
@ApplicationScoped
public class IdentityEventsOut {

    static final String SOURCE = "/carepath/identity-service";

    private final Outbox outbox;

    public IdentityEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(String nhsNumber, Instant at, Record event) {
        return outbox.publish((CareEvent) event);
    }
}
