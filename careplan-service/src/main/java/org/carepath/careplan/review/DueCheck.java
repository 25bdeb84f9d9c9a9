package org.carepath.careplan.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.plan.CarePlan;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.time.CareDay;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tells the care team when a plan is due for review and when an action passes its due date, once
 * each: the report row and the event's outbox row commit together.
 */
@ApplicationScoped
public class DueCheck {

    /** What one run told. */
    public record Told(int reviewsDue, int actionsOverdue) {
    }

    private static final int BATCH = 100;

    private final DueReports reports;
    private final Changes changes;
    private final Clock clock;

    public DueCheck(DueReports reports, Changes changes, Clock clock) {
        this.reports = reports;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(every = "${careplan.due-check-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> onSchedule() {
        return check().replaceWithVoid();
    }

    public Uni<Told> check() {
        Instant now = clock.instant();
        LocalDate today = CareDay.of(now);
        return Panache.withTransaction(() -> reports.withUnreportedReviews(today, BATCH)
                .chain(plans -> each(plans, plan -> reviewDue(plan, today, now))))
                .chain(reviews -> Panache.withTransaction(() -> reports.withUnreportedOverdueActions(today, BATCH)
                        .chain(plans -> each(plans, plan -> overdue(plan, today, now))))
                        .map(actions -> new Told(reviews, actions)));
    }

    private Uni<Integer> reviewDue(CarePlan plan, LocalDate today, Instant now) {
        return plan.reviewDue(today, now)
                .map(due -> reports.reviewReported(plan.id(), due.reviewDate(), now)
                        .call(() -> changes.save(Change.of(due)))
                        .replaceWith(1))
                .orElse(Uni.createFrom().item(0));
    }

    private Uni<Integer> overdue(CarePlan plan, LocalDate today, Instant now) {
        return reports.reportedActions(plan.id())
                .chain(reported -> each(plan.overdueActions(today, now).stream()
                                .filter(late -> !reported.contains(late.actionId()))
                                .toList(),
                        late -> reports.actionReported(late.actionId(), plan.id(), now)
                                .call(() -> changes.save(Change.of(late)))
                                .replaceWith(1)));
    }

    private static <T> Uni<Integer> each(List<T> items, Function<T, Uni<Integer>> report) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> report.apply(item))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
