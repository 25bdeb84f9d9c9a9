package org.carepath.referrals.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Looks for referrals past their response target and reports each breach once. */
@ApplicationScoped
public class ResponseOverdueCheck {

    private static final int BATCH = 100;

    private final ReferralRepository referrals;
    private final Changes changes;
    private final Clock clock;

    public ResponseOverdueCheck(ReferralRepository referrals, Changes changes, Clock clock) {
        this.referrals = referrals;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(every = "${referrals.overdue-check-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> onSchedule() {
        return check().replaceWithVoid();
    }

    /**
     * Reports the breaches found now and says how many; the flags and the events commit together, so
     * each is reported exactly once.
     */
    public Uni<Integer> check() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> referrals.overdue(now, BATCH)
                .chain(overdue -> report(overdue, now)));
    }

    private Uni<Integer> report(List<Referral> overdue, Instant now) {
        Change reports = overdue.stream()
                .map(referral -> referral.reportIfOverdue(now))
                .reduce(Change.none(), Change::and);
        return changes.save(reports).replaceWith(reports.events().size());
    }
}
