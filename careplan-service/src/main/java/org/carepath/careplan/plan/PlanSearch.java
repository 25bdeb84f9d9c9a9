package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a search for plans narrows to, within the plans the reader may see: the person, one plan, its
 * statuses, and when it last changed. Each part left null does not narrow.
 *
 * @param changedFrom   inclusive
 * @param changedBefore exclusive
 * @param teamChanges   whether care team joins and leaves count as changes: they are not plan versions,
 *                      but they change who is on the team
 */
public record PlanSearch(String nhsNumber, UUID id, Set<CarePlanStatus> statuses, Instant changedFrom,
        Instant changedBefore, boolean teamChanges) {

    public PlanSearch {
        statuses = statuses == null ? null : Set.copyOf(statuses);
    }

    public static PlanSearch any() {
        return new PlanSearch(null, null, null, null, null, false);
    }

    public static PlanSearch ofPerson(String nhsNumber) {
        return any().withNhsNumber(nhsNumber);
    }

    public PlanSearch withNhsNumber(String person) {
        return new PlanSearch(person, id, statuses, changedFrom, changedBefore, teamChanges);
    }

    public PlanSearch withId(UUID plan) {
        return new PlanSearch(nhsNumber, plan, statuses, changedFrom, changedBefore, teamChanges);
    }

    /** Plans in any of these statuses; none matches nothing. */
    public PlanSearch withStatuses(Set<CarePlanStatus> wanted) {
        return new PlanSearch(nhsNumber, id, wanted, changedFrom, changedBefore, teamChanges);
    }

    public PlanSearch changedWithin(Instant from, Instant before, boolean countingTeamChanges) {
        return new PlanSearch(nhsNumber, id, statuses, from, before, countingTeamChanges);
    }

    /** Whether no plan can match, so the database need not be asked. */
    public boolean matchesNothing() {
        return statuses != null && statuses.isEmpty()
                || changedFrom != null && changedBefore != null && !changedFrom.isBefore(changedBefore);
    }
}
