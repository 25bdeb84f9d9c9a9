package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;

/**
 * The plan has a new named care coordinator: the first one, or a handover.
 *
 * @param from null for the plan's first coordinator
 */
public record CareCoordinatorAssigned(
        UUID planId,
        String nhsNumber,
        Practitioner from,
        Practitioner to,
        String reason,
        Practitioner by,
        Instant at) {

    public static final String TYPE = "careplan.coordinator-assigned";
}
