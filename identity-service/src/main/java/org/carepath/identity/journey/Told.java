package org.carepath.identity.journey;

import java.time.Instant;

import org.carepath.events.Practitioner;

/**
 * What a journey entry says about one event ({@link JourneyWording}): whose journey, when it happened and when it
 * was recorded, where, who recorded it and what happened.
 *
 * @param occurredAt when it happened (the admission, the start of a delay): what the journey is ordered by
 * @param recordedAt when it was recorded: the event's own time
 * @param actedBy    the member of staff who did or recorded it, as the producing service took them from their
 *                   token; null for a system. Never a practitioner someone else named (an owner, a new member)
 */
public record Told(String nhsNumber, Instant occurredAt, Instant recordedAt, String organisation, String team,
        Practitioner actedBy, String summary) {

    static Told by(String nhsNumber, Instant at, Practitioner by, String summary) {
        return new Told(nhsNumber, at, at, by.organisation(), by.team(), by, summary);
    }

    /** Told without a member of staff: a system did it (a lateness detected) or the event names nobody. */
    static Told withoutActor(String nhsNumber, Instant at, String organisation, String team, String summary) {
        return new Told(nhsNumber, at, at, organisation, team, null, summary);
    }

    /** The same, dated when it happened where the event says so (an admission three days ago); else when recorded. */
    Told happened(Instant at) {
        return at == null ? this : new Told(nhsNumber, at, recordedAt, organisation, team, actedBy, summary);
    }

    String actor() {
        return actedBy == null ? null : actedBy.name();
    }
}
