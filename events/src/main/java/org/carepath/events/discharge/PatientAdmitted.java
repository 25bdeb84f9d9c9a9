package org.carepath.events.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A person was admitted to hospital (an inpatient episode began).
 *
 * @param hospital ODS code of the hospital
 * @param admissionMethod elective or emergency
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record PatientAdmitted(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String ward,
        String bed,
        String admissionMethod,
        Instant admittedAt,
        LocalDate expectedDischargeDate,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.admitted";

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
