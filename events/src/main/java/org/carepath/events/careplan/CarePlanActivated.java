package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

/** The plan became the person's one active plan: the care team now works from it. */
public record CarePlanActivated(
        UUID planId,
        String nhsNumber,
        long version,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "careplan.activated";
}
