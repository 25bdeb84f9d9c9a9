package org.carepath.identity.fhir;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.identity.access.Window;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Systems;
import org.carepath.platform.nhs.NhsNumbers;

/**
 * What the facade's endpoints read from a request the same way: ids (a malformed one is a 400, as
 * any bad input; a well-formed one of nothing the caller may read is a 404), the person searched
 * for, and the refusals a FHIR client is told as "not found".
 */
final class FhirRequests {

    /** FHIR's id syntax. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private FhirRequests() {
    }

    /** A Patient's id is the NHS number the person is known by. */
    static String nhsNumber(String id, String name) {
        if (!NhsNumbers.isValid(id)) {
            throw InvalidInput.field(name, "must be an NHS number (10 digits, Modulus 11): Patient ids here are NHS numbers");
        }
        return id;
    }

    static UUID uuid(String id, String name) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.field(name, "must be a UUID");
        }
    }

    /** A member of staff's id (their user id), which must be a FHIR id to name a Practitioner. */
    static String userId(String id, String name) {
        if (id == null || !ID.matcher(id).matches()) {
            throw InvalidInput.field(name, "must be a FHIR id: 1-64 letters, digits, '-' or '.'");
        }
        return id;
    }

    /**
     * The NHS number of the one person a search names: {@code patient} (Patient/nhs) or any of {@code tokens}
     * (system https://fhir.nhs.uk/Id/nhs-number); null when none is given.
     */
    static String person(MultivaluedMap<String, String> parameters, Set<String> tokens) {
        String found = null;
        String patient = FhirSearch.single(parameters, "patient");
        if (patient != null) {
            found = nhsNumber(FhirSearch.reference(patient, "patient", "Patient"), "patient");
        }
        for (String name : tokens) {
            String value = FhirSearch.single(parameters, name);
            if (value != null) {
                if (found != null) {
                    throw InvalidInput.field(name, "give the person once");
                }
                found = nhsNumber(FhirSearch.token(value, name, Systems.NHS_NUMBER), name);
            }
        }
        return found;
    }

    /**
     * The window of the one date parameter given of {@code names}, which all match the same time here (e.g.
     * {@code date} and {@code _lastUpdated} of an AuditEvent, both when the read was made); open when none is.
     */
    static Window window(MultivaluedMap<String, String> parameters, String... names) {
        String given = null;
        for (String name : names) {
            if (parameters.containsKey(name)) {
                if (given != null) {
                    throw InvalidInput.field(name, "matches the same time as " + given + " here: give one of them");
                }
                given = name;
            }
        }
        if (given == null) {
            return Window.always();
        }
        FhirSearch.Period period = FhirSearch.period(parameters, given);
        return new Window(period.from(), period.before());
    }

    /** A read refused for want of a basis is told as not found: the caller must not learn that the record exists. */
    static Throwable hidden(Throwable refused) {
        return refused instanceof NotPermitted ? new NotVisible("nothing here you may read") : refused;
    }

    /** A refusal, which a search answers with nothing found. */
    static boolean isRefusal(Throwable failure) {
        return failure instanceof NotPermitted || failure instanceof NotVisible;
    }
}
