package org.carepath.identity.api;

import java.util.List;

import org.carepath.identity.journey.Involvement;
import org.carepath.identity.journey.JourneyView;
import org.carepath.platform.api.Codes;

/**
 * One page of a person's journey, oldest first, with the "who else is involved" panel.
 *
 * @param basis on what the caller's access rests: relationship, self-granted-relationship (its organisation gave
 *              itself the relationship, not yet confirmed by another party), data-controller or break-glass
 */
public record JourneyResponse(String nhsNumber, String basis, List<JourneyEntryResponse> entries, Involvement involvement,
        int page, int size, long total) {

    static JourneyResponse of(JourneyView view) {
        var page = view.entries();
        return new JourneyResponse(view.nhsNumber(), Codes.of(view.access().basis()),
                page.items().stream().map(entry -> JourneyEntryResponse.of(entry, view.sectors())).toList(),
                view.involvement(), page.page(), page.size(), page.total());
    }
}
