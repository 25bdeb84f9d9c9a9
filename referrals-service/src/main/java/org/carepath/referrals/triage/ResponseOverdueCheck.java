package org.carepath.referrals.triage;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.referrals.referral.Referral;
import org.carepath.referrals.referral.ReferralRepository;
import org.carepath.referrals.messaging.ReferralEventsOut;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Looks for referrals past their response target and reports each breach once. */
@ApplicationScoped
public class ResponseOverdueCheck {

    private static final int BATCH = 100;

    private final ReferralRepository referrals;
    private final ReferralEventsOut events;
    private final Clock clock;

    public ResponseOverdueCheck(ReferralRepository referrals, ReferralEventsOut events, Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${referrals.overdue-check-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> onSchedule() {
        return check().replaceWithVoid();
    }

    /** Reports the breaches found now; the flag and the event commit together, so each is reported exactly once. */
    public Uni<Integer> check() {
        return Panache.withTransaction(() -> referrals.overdue(clock.instant(), BATCH)
                .chain(this::report));
    }

    private Uni<Integer> report(List<Referral> overdue) {
        return Multi.createFrom().iterable(overdue)
                .onItem().transformToUniAndConcatenate(referral -> referral.reportIfOverdue(clock.instant())
                        .map(event -> events.publish(referral.nhsNumber(), event.detectedAt(), event))
                        .orElse(Uni.createFrom().voidItem()))
                .collect().asList()
                .map(List::size);
    }
}
