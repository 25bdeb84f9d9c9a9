package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * Whether the person meets the criteria to reside changed: no criteria starts the delayed-days clock, meeting them again stops it.
 *
 * @param hospital ODS code of the hospital
 * @param noCriteriaToReside true: no longer meets the criteria to reside; false: meets them again (deterioration)
 * @param delayedDays delayed days in the episode so far (Europe/London calendar days)
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record CriteriaToResideRecorded(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String ward,
        boolean noCriteriaToReside,
        Instant since,
        long delayedDays,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.no-criteria-to-reside";

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
