package org.carepath.identity.api;

import java.time.Instant;
import java.util.Map;

import org.carepath.identity.journey.JourneyEntry;

/**
 * @param type         the event type, e.g. {@code referral.submitted}
 * @param source       the topic it came from, e.g. {@code care.referrals.v1}
 * @param occurredAt   when it happened (admitted at, delayed since …): the journey's order
 * @param recordedAt   when it was recorded, which may be later
 * @param organisation ODS code of the organisation where it happened
 * @param sector       that organisation's sector, where known
 * @param actor        who did it
 * @param summary      what happened, in plain words
 */
public record JourneyEntryResponse(String eventId, String type, String source, Instant occurredAt,
        Instant recordedAt, String organisation, String team, String sector, String actor, String summary) {

    static JourneyEntryResponse of(JourneyEntry entry, Map<String, String> sectors) {
        return new JourneyEntryResponse(entry.eventId(), entry.eventType(), entry.sourceTopic(), entry.occurredAt(),
                entry.recordedAt(), entry.organisation(), entry.team(),
                entry.organisation() == null ? null : sectors.get(entry.organisation()), entry.actor(), entry.summary());
    }
}
