package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * The organisation a delay is attributed to acknowledged it: it agrees the person waits on it.
 *
 * @param hospital ODS code of the hospital
 * @param accountableOrganisation ODS code of the organisation that answered
 * @param referralId the referral the delay waits on; null when it waits on a care plan action
 * @param reason optional
 */
public record DelayAcknowledged(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        UUID delayId,
        String reasonCode,
        String accountableOrganisation,
        UUID referralId,
        String reason,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.delay-acknowledged";

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
