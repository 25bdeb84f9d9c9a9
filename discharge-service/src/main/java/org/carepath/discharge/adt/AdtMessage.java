package org.carepath.discharge.adt;

import java.time.Instant;
import java.time.LocalDate;

import org.carepath.discharge.episode.AdmissionMethod;

/**
 * What CarePath takes from an ADT message: the trigger, who sent it, the person, the visit and
 * where they are. Times, dates and details are null where the message leaves them out.
 *
 * @param nhsNumber       from the PID-3 repetition whose assigning authority is NHS (or identifier type NH); null if none
 * @param sendingFacility MSH-4, the hospital's ODS code
 * @param visitNumber     PV1-19, which ties later messages to the episode an A01 opened
 * @param expectedDischargeDate PV2-9
 * @param mergedNhsNumber the NHS number in MRG-1 (A40: the record merged into the PID-3 one)
 * @param person          PID-5, PID-7 and PID-11 (kept by identity-service from an A28 or A31)
 */
public record AdtMessage(String trigger, String controlId, String sendingFacility, String nhsNumber, String visitNumber,
        String ward, String bed, AdmissionMethod admissionMethod, Instant admittedAt, Instant dischargedAt,
        Instant eventAt, String dischargedTo, LocalDate expectedDischargeDate, String mergedNhsNumber, Person person) {

    /** The person's details as the hospital holds them. */
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
    }
}
