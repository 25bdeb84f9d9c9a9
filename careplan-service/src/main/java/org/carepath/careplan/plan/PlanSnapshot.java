package org.carepath.careplan.plan;

import java.time.LocalDate;
import java.util.List;

import org.carepath.events.referral.Practitioner;

/** A plan as it stood at one version: what {@code GET /care-plans/{id}/versions/{n}} returns. */
public record PlanSnapshot(CarePlanStatus status, String summary, List<String> goals, LocalDate reviewDate,
        Practitioner coordinator) {
}
