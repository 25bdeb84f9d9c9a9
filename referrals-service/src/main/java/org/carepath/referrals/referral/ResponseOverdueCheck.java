package org.carepath.referrals.referral;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.schedule.ReportOnce;
import org.carepath.platform.schedule.ScheduledCheck;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

/** Looks for referrals past their response target and reports each breach once. */
@ApplicationScoped
// created at start, so the breach counter is on /q/metrics (at 0) before the first check
@Startup
public class ResponseOverdueCheck implements ScheduledCheck {

    private final ReferralRepository referrals;
    private final ReportOnce reportOnce;
    private final Clock clock;
    private final Counter breaches;

    public ResponseOverdueCheck(ReferralRepository referrals, ReportOnce reportOnce, Clock clock, MeterRegistry metrics) {
        this.referrals = referrals;
        this.reportOnce = reportOnce;
        this.clock = clock;
        // one per breach reported (each once, by one replica): the alert counts them per hour
        this.breaches = Counter.builder("carepath.referrals.response.target.breaches")
                .description("Referrals reported past their response target")
                .register(metrics);
    }

    /** Reports the breaches found now and says how many; the referral's flag is the mark. */
    @Override
    public Uni<Integer> check() {
        Instant now = clock.instant();
        return reportOnce.each(batch -> referrals.overdue(now, batch),
                        referral -> Uni.createFrom().item(referral.reportIfOverdue(now)))
                .invoke(reported -> breaches.increment(reported));
    }
}
