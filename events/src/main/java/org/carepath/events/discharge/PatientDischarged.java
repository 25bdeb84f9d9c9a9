package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The person left hospital.
 *
 * @param hospital ODS code of the hospital
 * @param delayedDays delayed days in the episode (Europe/London calendar days)
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record PatientDischarged(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String ward,
        Instant dischargedAt,
        Integer pathway,
        String destination,
        long delayedDays,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.discharged";

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
