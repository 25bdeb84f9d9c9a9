package org.carepath.careplan.plan;

import org.carepath.careplan.team.CareTeam;

/** A recorded decision with the plan it changed. */
public record Decided(CareTeam team, CareDecision decision) {
}
