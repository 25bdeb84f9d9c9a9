package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

/**
 * An emergency admission within 30 days of a discharge of the same person.
 *
 * @param hospital ODS code of the hospital
 */
public record PatientReadmitted(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        UUID earlierEpisodeId,
        String earlierHospital,
        Instant earlierDischargedAt,
        Instant admittedAt,
        Instant at) {

    public static final String TYPE = "discharge.readmitted";
}
