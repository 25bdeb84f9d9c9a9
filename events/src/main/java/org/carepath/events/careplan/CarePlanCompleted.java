package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

/** The plan's work is done; no further changes are made to it. */
public record CarePlanCompleted(
        UUID planId,
        String nhsNumber,
        long version,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "careplan.completed";
}
