package org.carepath.identity.journey;

import java.util.Objects;

import org.carepath.identity.consent.SharingPreferences;
import org.carepath.identity.journey.Involvement.Involved;

/**
 * What the person's sharing preferences let one reader see, in every view: entries and involvement of
 * organisations or sectors the person objects to are hidden from others; a reader the person objects to sees
 * only its own organisation's entries and involvement, which it holds anyway, and nothing of other parties.
 */
public record Visibility(SharingPreferences preferences, String readerOrganisation, String readerSector) {

    boolean readerObjectedTo() {
        return preferences.objectsTo(readerOrganisation, readerSector);
    }

    /** "Who else is involved" filtered as the journey's entries are. */
    Involvement panel(Involvement involvement) {
        return involvement.showing(this::shows);
    }

    private boolean shows(Involved party) {
        return shows(party.organisation(), party.sector());
    }

    /** Whether what the organisation (of that sector) recorded or does is shown to the reader. */
    boolean shows(String organisation, String sector) {
        return readerObjectedTo()
                ? Objects.equals(readerOrganisation, organisation)
                : !preferences.objectsTo(organisation, sector);
    }
}
