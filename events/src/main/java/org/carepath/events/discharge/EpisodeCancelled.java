package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * An admission, a transfer or a discharge was cancelled (undone, with an audit trail).
 *
 * @param hospital ODS code of the hospital
 * @param cancelled admission, transfer (the person is back where they were before it) or discharge
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record EpisodeCancelled(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String cancelled,
        String reason,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.cancelled";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return at;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
