package org.carepath.events.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A readiness milestone changed status, owner or due date.
 *
 * @param hospital ODS code of the hospital
 * @param milestone e.g. package-of-care-confirmed
 * @param referralId the accepted referral that met it, if any
 * @param by null when a hospital system sent it over HL7 v2 ADT
 */
public record MilestoneUpdated(
        UUID episodeId,
        String nhsNumber,
        String hospital,
        String milestone,
        String status,
        String ownerOrganisation,
        String ownerTeam,
        LocalDate dueDate,
        UUID referralId,
        Practitioner by,
        Instant at) implements DischargeEvent {

    public static final String TYPE = "discharge.milestone-updated";

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
