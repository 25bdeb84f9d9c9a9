package org.carepath.careplan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the plan says.
 *
 * @param goals "what matters to me": goals in the person's own words
 */
public record PlanContent(String summary, List<String> goals, LocalDate reviewDate) {

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static PlanContent empty() {
        return new PlanContent(null, List.of(), null);
    }
}
