package org.carepath.identity.journey;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * "Who else is involved": everyone with a current relationship, the active services and the care coordinator.
 *
 * @param careCoordinator null when no plan names one
 */
public record Involvement(Involved careCoordinator, List<Involved> activeServices, List<Involved> involved) {

    /** Only the parties shown: a coordinator not shown leaves none. */
    Involvement showing(Predicate<Involved> shown) {
        return new Involvement(careCoordinator == null || !shown.test(careCoordinator) ? null : careCoordinator,
                activeServices.stream().filter(shown).toList(), involved.stream().filter(shown).toList());
    }

    /**
     * @param basis       why: referrer, referral-recipient, care-team-member, care-coordinator, hospital-episode
     * @param description what they do, e.g. the service's name
     * @param until       set when the relationship is in its grace period
     */
    public record Involved(String organisation, String team, String sector, String basis, String description,
            String practitioner, Instant since, Instant until) {
    }
}
