package org.carepath.events.discharge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hospital's patient administration system registered a person or changed their details (HL7 v2
 * ADT A28 or A31): identity-service keeps the details it holds (name, date of birth, postcode) as
 * the hospital gave them. A field the message left empty is null and changes nothing.
 *
 * @param hospital    ODS code of the hospital whose system reported it
 * @param givenName   PID-5.2
 * @param familyName  PID-5.1
 * @param dateOfBirth PID-7
 * @param postcode    PID-11.5 of the first address
 */
public record DemographicsReported(
        String nhsNumber,
        String hospital,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.demographics-reported";

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
