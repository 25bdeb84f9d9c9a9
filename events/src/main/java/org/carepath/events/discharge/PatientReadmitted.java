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
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.readmitted";

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
