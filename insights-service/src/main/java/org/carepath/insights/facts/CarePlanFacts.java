package org.carepath.insights.facts;

import java.util.List;

import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.careplan.MdtDecisionRecorded;

/** Care plan actions that passed their due date (careplan-service tells each once), and when they were done. */
final class CarePlanFacts implements CarePlanEvent.Handler<List<Fact>> {

    private static final String ACTION = """
            insert into action_fact (generation, action_id, organisation, team, due_date, overdue, completed_at)
            select g.id, ?1, ?2, ?3, cast(?4 as date), ?5, cast(?6 as timestamptz) from insights_generation g where %s
            on conflict (generation, action_id) do update set
            organisation = coalesce(excluded.organisation, action_fact.organisation),
            team = coalesce(excluded.team, action_fact.team),
            due_date = coalesce(excluded.due_date, action_fact.due_date),
            overdue = action_fact.overdue or excluded.overdue,
            completed_at = coalesce(action_fact.completed_at, excluded.completed_at)""";

    @Override
    public List<Fact> on(CarePlanActionOverdue overdue) {
        return List.of(Fact.of(ACTION, overdue.actionId(), overdue.owner().organisation(), overdue.owner().team(),
                overdue.dueDate(), true, null));
    }

    @Override
    public List<Fact> on(CarePlanActionCompleted completed) {
        return List.of(Fact.of(ACTION, completed.actionId(), completed.owner().organisation(), completed.owner().team(),
                null, false, completed.at()));
    }

    @Override
    public List<Fact> on(CarePlanActionAssigned assigned) {
        return List.of();
    }

    @Override
    public List<Fact> on(CareCoordinatorAssigned assigned) {
        return List.of();
    }

    @Override
    public List<Fact> on(CarePlanActivated activated) {
        return List.of();
    }

    @Override
    public List<Fact> on(CarePlanCompleted completed) {
        return List.of();
    }

    @Override
    public List<Fact> on(CarePlanCreated created) {
        return List.of();
    }

    @Override
    public List<Fact> on(CarePlanReviewDue due) {
        return List.of();
    }

    @Override
    public List<Fact> on(CarePlanVersioned versioned) {
        return List.of();
    }

    @Override
    public List<Fact> on(CareTeamMemberJoined joined) {
        return List.of();
    }

    @Override
    public List<Fact> on(CareTeamMemberLeft left) {
        return List.of();
    }

    @Override
    public List<Fact> on(MdtDecisionRecorded decision) {
        return List.of();
    }
}
