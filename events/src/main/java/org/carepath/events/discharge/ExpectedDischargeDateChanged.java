package org.carepath.events.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The expected date of discharge was set or changed, and why.
 *
 * @param hospital ODS code of the hospital
 * @param from null when first set
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record ExpectedDischargeDateChanged(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        LocalDate from,
        LocalDate to,
        String reason,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.edd-changed";

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
