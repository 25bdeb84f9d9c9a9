package org.carepath.discharge.adt;

import java.time.Instant;

import org.carepath.discharge.episode.AdmissionMethod;

/**
 * What CarePath takes from an ADT message: the trigger, who sent it, the person, the visit and
 * where they are. Times are null where the message leaves them out.
 *
 * @param nhsNumber     from the PID-3 repetition whose assigning authority is NHS (or identifier type NH); null if none
 * @param sendingFacility MSH-4, the hospital's ODS code
 * @param visitNumber   PV1-19, which ties later messages to the episode an A01 opened
 */
public record AdtMessage(String trigger, String controlId, String sendingFacility, String nhsNumber, String visitNumber,
        String ward, String bed, AdmissionMethod admissionMethod, Instant admittedAt, Instant dischargedAt,
        Instant eventAt, String dischargedTo) {
}
