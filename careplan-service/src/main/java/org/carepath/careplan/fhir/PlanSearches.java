package org.carepath.careplan.fhir;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.careplan.plan.PlanSearch;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.exceptions.FHIRException;

import ca.uhn.fhir.parser.DataFormatException;

/**
 * The search parameters CarePlan, CareTeam and Goal share: the person, {@code _id} and
 * {@code _lastUpdated}. A search names the person or an id, as the REST API lists plans by person
 * only: no one pages through every plan their organisation is on.
 */
final class PlanSearches {

    private PlanSearches() {
    }

    /** The parameters a search takes: the shared ones and {@code own}. */
    static Set<String> with(String... own) {
        Set<String> supported = new HashSet<>(FhirSearch.PERSON);
        supported.add("_id");
        supported.add("_lastUpdated");
        supported.addAll(Set.of(own));
        return Set.copyOf(supported);
    }

    /**
     * The person and when the plan last changed ({@code teamChanges}: counting joins and leaves);
     * a search without the person must give {@code _id}.
     */
    static PlanSearch of(MultivaluedMap<String, String> parameters, boolean teamChanges) {
        var period = FhirSearch.period(parameters, "_lastUpdated");
        String nhsNumber = FhirSearch.nhsNumber(parameters);
        if (nhsNumber == null && FhirSearch.single(parameters, "_id") == null) {
            throw InvalidInput.field("subject:identifier", "is required (or _id): name the person as "
                    + Systems.NHS_NUMBER + "|<NHS number>");
        }
        return PlanSearch.any().withNhsNumber(nhsNumber).changedWithin(period.from(), period.before(), teamChanges);
    }

    /** The search narrowed to the plan {@code _id} names, if given; null when it names no plan, so nothing can match. */
    static PlanSearch withPlanId(PlanSearch search, MultivaluedMap<String, String> parameters) {
        String id = FhirSearch.single(parameters, "_id");
        if (id == null) {
            return search;
        }
        UUID plan = Ids.orNull(Ids.checked(id, "_id"));
        return plan == null ? null : search.withId(plan);
    }

    /** A FHIR status code as the FHIR enum, or a 400 naming the parameter. */
    static <S> S status(String code, String name, Function<String, S> parse) {
        try {
            return parse.apply(code);
        } catch (FHIRException | DataFormatException | IllegalArgumentException unknown) {
            throw InvalidInput.field(name, "'" + code + "' is not a code of " + name);
        }
    }
}
