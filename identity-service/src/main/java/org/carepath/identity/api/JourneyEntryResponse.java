package org.carepath.identity.api;

import java.time.Instant;

import org.carepath.identity.journey.JourneyEntry;

/**
 * @param type         the event type, e.g. {@code referral.submitted}
 * @param organisation ODS code of the organisation where it happened
 * @param actor        who did it
 * @param summary      what happened, in plain words
 */
public record JourneyEntryResponse(String eventId, String type, Instant occurredAt, String organisation, String team,
        String actor, String summary) {

    static JourneyEntryResponse of(JourneyEntry entry) {
        return new JourneyEntryResponse(entry.eventId(), entry.eventType(), entry.occurredAt(), entry.organisation(),
                entry.team(), entry.actor(), entry.summary());
    }
}
