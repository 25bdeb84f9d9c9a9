package org.carepath.referrals.referral;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.schedule.ReportOnce;
import org.carepath.platform.schedule.ScheduledCheck;

import io.smallrye.mutiny.Uni;

/** Looks for referrals past their response target and reports each breach once. */
@ApplicationScoped
public class ResponseOverdueCheck implements ScheduledCheck {

    private final ReferralRepository referrals;
    private final ReportOnce reportOnce;
    private final Clock clock;

    public ResponseOverdueCheck(ReferralRepository referrals, ReportOnce reportOnce, Clock clock) {
        this.referrals = referrals;
        this.reportOnce = reportOnce;
        this.clock = clock;
    }

    /** Reports the breaches found now and says how many; the referral's flag is the mark. */
    @Override
    public Uni<Integer> check() {
        Instant now = clock.instant();
        return reportOnce.each(batch -> referrals.overdue(now, batch),
                referral -> Uni.createFrom().item(referral.reportIfOverdue(now)));
    }
}
