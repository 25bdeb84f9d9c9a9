package org.carepath.careplan.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.plan.CarePlan;
import org.carepath.platform.domain.Change;
import org.carepath.platform.schedule.ReportOnce;
import org.carepath.platform.schedule.ScheduledCheck;
import org.carepath.platform.time.CareDay;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tells the care team when a plan is due for review and when an action passes its due date, once
 * each: the report row is the mark.
 */
@ApplicationScoped
public class DueCheck implements ScheduledCheck {

    /** What one run told. */
    public record Told(int reviewsDue, int actionsOverdue) {
    }

    private final DueReports reports;
    private final ReportOnce reportOnce;
    private final Clock clock;

    public DueCheck(DueReports reports, ReportOnce reportOnce, Clock clock) {
        this.reports = reports;
        this.reportOnce = reportOnce;
        this.clock = clock;
    }

    @Override
    public Uni<Told> check() {
        Instant now = clock.instant();
        LocalDate today = CareDay.of(now);
        return reportOnce.each(batch -> reports.withUnreportedReviews(today, batch), plan -> reviewDue(plan, today, now))
                .chain(reviews -> reportOnce.each(batch -> reports.withUnreportedOverdueActions(today, batch),
                                plan -> overdue(plan, today, now))
                        .map(actions -> new Told(reviews, actions)));
    }

    private Uni<Change> reviewDue(CarePlan plan, LocalDate today, Instant now) {
        return plan.reviewDue(today, now)
                .map(due -> reports.reviewReported(plan.id(), due.reviewDate(), now)
                        .replaceWith(Change.of(due)))
                .orElse(Uni.createFrom().item(Change.none()));
    }

    private Uni<Change> overdue(CarePlan plan, LocalDate today, Instant now) {
        return reports.reportedActions(plan.id())
                .map(reported -> plan.overdueActions(today, now).stream()
                        .filter(late -> !reported.contains(late.actionId()))
                        .toList())
                .call(late -> Multi.createFrom().iterable(late)
                        .onItem().transformToUniAndConcatenate(action -> reports.actionReported(action.actionId(), plan.id(), now))
                        .collect().last())
                .map(Change::of);
    }
}
