package org.carepath.careplan.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.platform.api.Limits;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.domain.RuleBroken;

/**
 * What the plan says about the person: their needs by domain, what matters to them, their carers
 * and how they took part.
 */
public record PlanContent(String summary, List<Need> needs, List<Goal> goals, List<Carer> carers,
        Involvement involvement, LocalDate reviewDate) {

    /** A need in one of the holistic domains, in the practitioner's words. */
    public record Need(@NotNull NeedsDomain domain, @Size(max = Limits.FREE_TEXT) String description) {
    }

    /** "What matters to me": a goal in the person's own words, linked to the needs it answers. */
    public record Goal(@NotBlank @Size(max = Limits.SHORT_TEXT) String text,
            @Size(max = Limits.NEEDS_DOMAINS) List<@NotNull NeedsDomain> needs) {

        public Goal {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    /**
     * Someone who cares for the person, with needs of their own.
     *
     * @param involved whether they took part in making the plan
     */
    public record Carer(@NotBlank @Size(max = Limits.NAME) String name, @Size(max = Limits.SHORT_NAME) String relationship,
            boolean involved, @Size(max = Limits.FREE_TEXT) String needs) {
    }

    /**
     * How the person took part: who agreed the plan, and when.
     *
     * @param agreedBy the person themself, or who agreed for them and on what basis
     */
    public record Involvement(@NotBlank @Size(max = Limits.LABEL) String agreedBy, LocalDate agreedOn,
            @Size(max = Limits.FREE_TEXT) String notes) {
    }

    public PlanContent {
        needs = needs == null ? List.of() : List.copyOf(needs);
        goals = goals == null ? List.of() : List.copyOf(goals);
        carers = carers == null ? List.of() : List.copyOf(carers);
    }

    public static PlanContent empty() {
        return new PlanContent(null, List.of(), List.of(), List.of(), null, null);
    }

    /**
     * One need per domain, and a goal may only point at needs the plan records, so nothing links
     * to a need no one assessed.
     */
    PlanContent checked() {
        List<NeedsDomain> recorded = needs.stream().map(Need::domain).toList();
        recorded.stream()
                .filter(domain -> recorded.indexOf(domain) != recorded.lastIndexOf(domain))
                .findFirst()
                .ifPresent(domain -> {
                    throw new RuleBroken("need-recorded-twice", "A needs domain appears twice",
                            domain.code() + " appears more than once; describe all of it in one need");
                });
        for (Goal goal : goals) {
            goal.needs().stream()
                    .filter(domain -> !recorded.contains(domain))
                    .findFirst()
                    .ifPresent(domain -> {
                        throw new RuleBroken("goal-without-need", "A goal is linked to a need the plan does not record",
                                "the goal \"" + goal.text() + "\" is linked to " + domain.code()
                                        + ", which is not among the plan's needs")
                                .with("recordedNeeds", recorded.stream().map(NeedsDomain::code).toList());
                    });
        }
        return this;
    }
}
