package org.carepath.discharge.fhir;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Systems;

/** What the Encounter and Flag searches read alike: the person, and ids. */
final class SearchParameters {

    /** The names FHIR gives the person of an Encounter or a Flag. */
    static final Set<String> PERSON = Set.of("subject:identifier", "patient:identifier", "patient.identifier");
    /** FHIR's id syntax: anything else is no id at all (400), where an id of that form that CarePath never made is 404. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private SearchParameters() {
    }

    /** The NHS number of {@code subject:identifier} (or its patient spellings), or null. */
    static String nhsNumber(MultivaluedMap<String, String> parameters) {
        String found = null;
        for (String name : PERSON) {
            String value = FhirSearch.single(parameters, name);
            if (value != null) {
                if (found != null) {
                    throw InvalidInput.field(name, "give the person once");
                }
                found = FhirSearch.token(value, name, Systems.NHS_NUMBER);
            }
        }
        return found;
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
