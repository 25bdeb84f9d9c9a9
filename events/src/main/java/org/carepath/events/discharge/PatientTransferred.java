package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

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
        Instant at) {

    public static final String TYPE = "discharge.transferred";
}
