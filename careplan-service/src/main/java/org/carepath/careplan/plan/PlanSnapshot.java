package org.carepath.careplan.plan;

import java.time.LocalDate;
import java.util.List;

import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.events.Practitioner;

/** A plan as it stood at one version: what {@code GET /care-plans/{id}/versions/{n}} returns, and what diffs compare. */
public record PlanSnapshot(CarePlanStatus status, String summary, List<Need> needs, List<Goal> goals,
        List<Carer> carers, Involvement involvement, LocalDate reviewDate, Practitioner coordinator,
        List<PlanAction> actions) {
}
