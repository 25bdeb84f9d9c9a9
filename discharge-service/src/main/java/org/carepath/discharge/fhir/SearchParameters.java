package org.carepath.discharge.fhir;

import java.util.UUID;
import java.util.regex.Pattern;

import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;

/** What the Encounter and Flag searches read alike: ids. */
final class SearchParameters {

    /** FHIR's id syntax: anything else is no id at all (400), where an id of that form that CarePath never made is 404. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private SearchParameters() {
    }

    /** The record a path names: a UUID; an id of FHIR's form that is none names nothing (404). */
    static UUID id(String id, String type) {
        UUID record = orNull(id, "id");
        if (record == null) {
            throw new NotVisible("no " + type + " " + id);
        }
        return record;
    }

    /**
     * The UUID, or null when the text is a FHIR id but not a UUID: an id no record can have.
     * Text that is no FHIR id at all is refused, naming the parameter.
     */
    static UUID orNull(String id, String parameter) {
        if (!FHIR_ID.matcher(id).matches()) {
            throw InvalidInput.field(parameter, "must be a FHIR id (letters, digits, '-' and '.', at most 64)");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
