package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A delay to discharge began, with its reason code and the accountable sector.
 *
 * @param hospital ODS code of the hospital
 * @param codeSet the reason code set, e.g. england
 * @param sector nhs, social-care or both
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record DelayStarted(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        UUID delayId,
        String codeSet,
        String reasonCode,
        String reason,
        String sector,
        Instant startedAt,
        String notes,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.delay-started";

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
