package org.carepath.platform.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.nhs.NhsNumbers;
import org.carepath.platform.problem.ProblemException;
import org.hl7.fhir.r4.model.DateTimeType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;

/**
 * Reads FHIR search parameters the same way in every service. A parameter the endpoint does not
 * support is a 400 naming it, not silently ignored: a client that filters by it would otherwise
 * take every match for a filtered result (FHIR's strict handling).
 */
public final class FhirSearch {

    /** Parameters any search takes: paging and the format. */
    private static final Set<String> ALWAYS = Set.of(Searchset.COUNT, Searchset.PAGE, "_format");

    private FhirSearch() {
    }

    /** Refuses any parameter but {@code supported} and paging. */
    public static MultivaluedMap<String, String> only(UriInfo uri, Set<String> supported) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        parameters.keySet().stream()
                .filter(name -> !supported.contains(name) && !ALWAYS.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(name -> {
                    throw ProblemException.invalid(name, "is not a search parameter here; supported: "
                            + supported.stream().sorted().toList() + " and " + ALWAYS.stream().sorted().toList());
                });
        return parameters;
    }

    /** The page asked for: {@code _page} from 0 and {@code _count} up to {@link Searchset#MAX_COUNT}. */
    public static Paging paging(MultivaluedMap<String, String> parameters) {
        int count = number(parameters, Searchset.COUNT, Searchset.DEFAULT_COUNT, 1, Searchset.MAX_COUNT);
        int page = number(parameters, Searchset.PAGE, 0, 0, Integer.MAX_VALUE);
        return new Paging(page, count);
    }

    public record Paging(int page, int count) {
    }

    /** The names FHIR gives the person a resource is about: {@code subject:identifier} or its patient spellings. */
    public static final Set<String> PERSON = Set.of("subject:identifier", "patient:identifier", "patient.identifier");

    /**
     * The NHS number a search names its person by ({@link #PERSON}, system {@link Systems#NHS_NUMBER}, Modulus 11
     * checked), or null when it names none; the person named twice is a 400.
     */
    public static String nhsNumber(MultivaluedMap<String, String> parameters) {
        String found = null;
        for (String name : PERSON) {
            String value = single(parameters, name);
            if (value != null) {
                if (found != null) {
                    throw ProblemException.invalid(name, "give the person once");
                }
                found = token(value, name, Systems.NHS_NUMBER);
                if (!NhsNumbers.isValid(found)) {
                    throw ProblemException.invalid(name, "must name a valid NHS number (10 digits, Modulus 11 checked)");
                }
            }
        }
        return found;
    }

    /** The one value of a parameter, or null; a parameter given twice is a 400 (an AND this search cannot do). */
    public static String single(MultivaluedMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || values.get(0).contains(",")) {
            throw ProblemException.invalid(name, "takes one value here");
        }
        if (values.get(0).isBlank()) {
            throw ProblemException.invalid(name, "is empty");
        }
        return values.get(0);
    }

    /** A token {@code system|code}, the system required to be {@code system}: the code. */
    public static String token(String value, String name, String system) {
        int bar = value.indexOf('|');
        if (bar < 0 || !value.substring(0, bar).equals(system) || bar == value.length() - 1) {
            throw ProblemException.invalid(name, "must be " + system + "|<value>");
        }
        return value.substring(bar + 1);
    }

    /** A reference {@code Type/id} (or the bare id) to a resource of the type: the id. */
    public static String reference(String value, String name, String type) {
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        if (id.isEmpty() || id.contains("/")) {
            throw ProblemException.invalid(name, "must reference a " + type + " (" + type + "/<id>)");
        }
        return id;
    }

    /**
     * The instants a date parameter matches (e.g. {@code _lastUpdated}), each value ANDed: the prefixes
     * eq (the default), ge, gt, le and lt over the value's precision, so {@code ge2026-12-01} starts
     * at that day's first instant and {@code lt2026-12-01T10:00:00Z} ends before ten.
     */
    public static Period period(MultivaluedMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        Period period = new Period(null, null);
        if (values != null) {
            for (String value : values) {
                period = period.and(one(value, name));
            }
        }
        return period;
    }

    /** From (inclusive) and before (exclusive); null for no bound. */
    public record Period(Instant from, Instant before) {

        Period and(Period other) {
            Instant laterFrom = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
            Instant earlierBefore = before == null ? other.before
                    : other.before == null || before.isBefore(other.before) ? before : other.before;
            return new Period(laterFrom, earlierBefore);
        }
    }

    private static Period one(String value, String name) {
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String date = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
        DateTimeType parsed;
        try {
            parsed = new DateTimeType(date);
        } catch (DataFormatException | IllegalArgumentException notADate) {
            throw ProblemException.invalid(name, "must be a date or dateTime, optionally after ge, gt, le, lt or eq");
        }
        if (parsed.getValue() == null) {
            throw ProblemException.invalid(name, "must be a date or dateTime, optionally after ge, gt, le, lt or eq");
        }
        TemporalPrecisionEnum precision = parsed.getPrecision();
        Instant start = parsed.getValue().toInstant();
        Instant end = precision.add(Date.from(start), 1).toInstant();
        return switch (prefix) {
            case "eq" -> new Period(start, end);
            case "ge" -> new Period(start, null);
            case "gt" -> new Period(end, null);
            case "le" -> new Period(null, end);
            case "lt" -> new Period(null, start);
            default -> throw ProblemException.invalid(name, "takes the prefixes eq, ge, gt, le and lt only");
        };
    }

    private static int number(MultivaluedMap<String, String> parameters, String name, int otherwise, int min, int max) {
        String value = single(parameters, name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as one out of range is
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
}
