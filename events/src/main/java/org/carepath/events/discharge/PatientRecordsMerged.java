package org.carepath.events.discharge;

import java.time.Instant;

/**
 * A hospital's patient administration system merged two of its patient records (HL7 v2 ADT A40):
 * the person known under {@code mergedNhsNumber} is the one known under {@code nhsNumber}.
 * identity-service joins the two person records; nothing else changes here.
 *
 * @param nhsNumber       the surviving record's NHS number (PID-3), also the event subject
 * @param mergedNhsNumber the NHS number of the record merged into it (MRG-1)
 * @param hospital        ODS code of the hospital whose system reported it
 * @param mergedAt        when the hospital merged them (EVN), else when it was received
 */
public record PatientRecordsMerged(
        String nhsNumber,
        String mergedNhsNumber,
        String hospital,
        Instant mergedAt,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.patient-records-merged";

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
