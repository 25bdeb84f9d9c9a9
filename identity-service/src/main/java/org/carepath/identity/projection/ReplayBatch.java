package org.carepath.identity.projection;

import org.carepath.identity.journey.JourneyEntry;
import org.carepath.identity.relationship.RelationshipStore;

/**
 * What replayed events do to the rebuilt projections, collected for one batch and written in bulk:
 * journey entries, relationship changes (in order) and organisation sectors. Owned data (persons,
 * practitioners) is not part of it: the live consumer learned it already.
 */
public interface ReplayBatch extends RelationshipStore {

    void journey(JourneyEntry entry);

    void sector(String organisation, String sector);
}
