package org.carepath.identity.journey;

import java.util.Map;

import org.carepath.identity.access.Access;
import org.carepath.platform.api.Page;

/**
 * One page of the journey as one reader may see it.
 *
 * @param sectors the sector of each organisation on the page, where known
 */
public record JourneyView(String nhsNumber, Page<JourneyEntry> entries, Map<String, String> sectors,
        Involvement involvement, Access access) {
}
