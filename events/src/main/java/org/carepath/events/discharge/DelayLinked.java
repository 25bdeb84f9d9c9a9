package org.carepath.events.discharge;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A delay was linked to what it waits on: a referral, a care plan action or a readiness milestone
 * (exactly one of them is named).
 *
 * @param hospital ODS code of the hospital
 * @param sector nhs, social-care or both
 * @param waitingOn referral, care-plan-action or milestone
 * @param milestone a readiness milestone, e.g. package-of-care-confirmed
 * @param accountableOrganisation ODS code of the organisation the delay waits on: a linked referral's receiving
 *                                organisation; null when the link names none
 */
public record DelayLinked(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        UUID delayId,
        String reasonCode,
        String sector,
        String waitingOn,
        UUID referralId,
        UUID carePlanId,
        UUID actionId,
        String milestone,
        String accountableOrganisation,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.delay-linked";

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
