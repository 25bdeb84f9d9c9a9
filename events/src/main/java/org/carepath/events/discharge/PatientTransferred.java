package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A person moved ward or bed within the hospital.
 *
 * @param hospital ODS code of the hospital
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record PatientTransferred(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String fromWard,
        String toWard,
        String bed,
        Instant transferredAt,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.transferred";

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
