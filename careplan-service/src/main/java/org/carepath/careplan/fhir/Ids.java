package org.carepath.careplan.fhir;

import java.util.UUID;
import java.util.regex.Pattern;

import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;

/**
 * Ids in paths and searches. One that is not a FHIR id at all is a 400; a well-formed one that is not
 * CarePath's (a plan id is a UUID) names nothing, as an id of a plan the reader may not see does.
 */
final class Ids {

    /** FHIR R4's id type. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private Ids() {
    }

    static UUID plan(String id, String type) {
        checked(id, "id");
        UUID plan = orNull(id);
        if (plan == null) {
            throw new NotVisible("no " + type + " " + id);
        }
        return plan;
    }

    /** Refuses what cannot be a FHIR id; {@code name} is the path's id or the search parameter. */
    static String checked(String id, String name) {
        if (!FHIR_ID.matcher(id).matches()) {
            throw InvalidInput.field(name, "must be a FHIR id: 1 to 64 letters, digits, '-' and '.'");
        }
        return id;
    }

    /** The UUID, or null when the text is none: an id no plan can have. */
    static UUID orNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
