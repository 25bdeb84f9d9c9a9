package org.carepath.careplan.plan;


/** A recorded decision with the plan it changed. */
public record Decided(CareTeam team, CareDecision decision) {
}
