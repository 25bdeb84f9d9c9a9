package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A delay to discharge ended.
 *
 * @param hospital ODS code of the hospital
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record DelayEnded(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        UUID delayId,
        String codeSet,
        String reasonCode,
        String sector,
        Instant startedAt,
        Instant endedAt,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.delay-ended";

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
