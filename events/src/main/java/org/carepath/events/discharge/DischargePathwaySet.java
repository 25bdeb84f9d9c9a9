package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The planned or actual Discharge to Assess pathway (0-3) was set.
 *
 * @param hospital ODS code of the hospital
 * @param pathway 0 home, no new support; 1 home with support; 2 short-term bed-based; 3 long-term 24-hour care
 * @param kind planned or actual
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record DischargePathwaySet(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        int pathway,
        String kind,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.pathway-set";

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
