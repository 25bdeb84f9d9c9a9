package org.carepath.careplan.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CareEvent;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Care plan and care team events onto {@code care.careplans.v1}, keyed by the person's NHS number, through the outbox. */
@ApplicationScoped
public class CarePlanEventsOut {

    static final String SOURCE = "/carepath/careplan-service";

    private final Outbox outbox;

    public CarePlanEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(String nhsNumber, Instant at, Record event) {
        return outbox.publish((CareEvent) event);
    }
}
