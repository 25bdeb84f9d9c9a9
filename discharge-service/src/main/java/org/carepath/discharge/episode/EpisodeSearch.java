package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a search of episodes asks for, beyond what the reader may see (which {@link EpisodeRepository}
 * always adds): each criterion left null matches every episode.
 *
 * @param updatedFrom   changed at or after (inclusive)
 * @param updatedBefore changed before (exclusive)
 * @param withDelays    only episodes that have recorded a delay
 */
public record EpisodeSearch(UUID id, String nhsNumber, Set<EpisodeStatus> statuses, String ward, Instant updatedFrom,
        Instant updatedBefore, boolean withDelays) {

    public static EpisodeSearch any() {
        return new EpisodeSearch(null, null, null, null, null, null, false);
    }

    public EpisodeSearch withId(UUID episode) {
        return new EpisodeSearch(episode, nhsNumber, statuses, ward, updatedFrom, updatedBefore, withDelays);
    }

    public EpisodeSearch ofPerson(String person) {
        return new EpisodeSearch(id, person, statuses, ward, updatedFrom, updatedBefore, withDelays);
    }

    public EpisodeSearch withStatuses(Set<EpisodeStatus> matching) {
        return new EpisodeSearch(id, nhsNumber, Set.copyOf(matching), ward, updatedFrom, updatedBefore, withDelays);
    }

    /** On that ward now, or last, once the person has left. */
    public EpisodeSearch onWard(String current) {
        return new EpisodeSearch(id, nhsNumber, statuses, current, updatedFrom, updatedBefore, withDelays);
    }

    public EpisodeSearch updatedWithin(Instant from, Instant before) {
        return new EpisodeSearch(id, nhsNumber, statuses, ward, from, before, withDelays);
    }

    public EpisodeSearch delayedOnly() {
        return new EpisodeSearch(id, nhsNumber, statuses, ward, updatedFrom, updatedBefore, true);
    }
}
