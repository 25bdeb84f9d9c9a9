package org.carepath.discharge.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CareEvent;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Discharge events onto {@code care.discharges.v1}, keyed by the person's NHS number, through the outbox. */
@ApplicationScoped
public class DischargeEventsOut {

    static final String SOURCE = "/carepath/discharge-service";

    private final Outbox outbox;

    public DischargeEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    /** In the caller's transaction, in order. */
    public Uni<Void> publish(String nhsNumber, Instant at, List<Record> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> outbox.publish((CareEvent) event))
                .collect().last()
                .replaceWithVoid();
    }
}
