package org.carepath.identity.journey;

import org.carepath.identity.consent.SharingPreferences;

/**
 * What the person's sharing preferences let one reader see: entries from organisations or sectors the
 * person objects to are hidden from others; a reader the person objects to sees only its own entries.
 */
public record Visibility(SharingPreferences preferences, String readerOrganisation, String readerSector) {

    boolean readerObjectedTo() {
        return preferences.objectsTo(readerOrganisation, readerSector);
    }
}
