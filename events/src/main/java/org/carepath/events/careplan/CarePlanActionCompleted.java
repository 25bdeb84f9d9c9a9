package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

/** An action on the person's plan is done. */
public record CarePlanActionCompleted(
        UUID planId,
        String nhsNumber,
        long planVersion,
        UUID actionId,
        String description,
        ActionOwner owner,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "careplan.action-completed";
}
