package org.carepath.identity.api;

import java.util.List;

import org.carepath.identity.journey.JourneyService;

/** One page of a person's journey, oldest first. */
public record JourneyResponse(String nhsNumber, List<JourneyEntryResponse> entries, int page, int size, long total) {

    static JourneyResponse of(String nhsNumber, JourneyService.Page page) {
        return new JourneyResponse(nhsNumber, page.entries().stream().map(JourneyEntryResponse::of).toList(),
                page.page(), page.size(), page.total());
    }
}
