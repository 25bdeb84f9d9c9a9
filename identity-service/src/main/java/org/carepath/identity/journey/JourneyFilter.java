package org.carepath.identity.journey;

import java.time.Instant;
import java.util.List;

/**
 * What part of the journey to show; every part is optional.
 *
 * @param from   entries at or after this instant
 * @param to     entries before this instant
 * @param sector only what happened in this sector (acute, community, social-care …)
 * @param types  only these event types, e.g. {@code referral.accepted}
 */
public record JourneyFilter(Instant from, Instant to, String sector, List<String> types) {

    public JourneyFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
