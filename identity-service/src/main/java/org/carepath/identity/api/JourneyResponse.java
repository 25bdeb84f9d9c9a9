package org.carepath.identity.api;

import java.util.List;

import org.carepath.identity.journey.JourneyEntry;
import org.carepath.platform.api.Page;

/** One page of a person's journey, oldest first. */
public record JourneyResponse(String nhsNumber, List<JourneyEntryResponse> entries, int page, int size, long total) {

    static JourneyResponse of(String nhsNumber, Page<JourneyEntry> page) {
        return new JourneyResponse(nhsNumber, page.items().stream().map(JourneyEntryResponse::of).toList(),
                page.page(), page.size(), page.total());
    }
}
