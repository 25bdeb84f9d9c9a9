package org.carepath.referrals.referral;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.metrics.CountedNow;

import io.smallrye.mutiny.Uni;

/** {@code carepath_referrals_past_response_target}: referrals still waiting for a response after their target. */
@ApplicationScoped
public class PastResponseTarget implements CountedNow {

    private final ReferralRepository referrals;
    private final Clock clock;

    public PastResponseTarget(ReferralRepository referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "carepath.referrals.past.response.target";
    }

    @Override
    public String description() {
        return "Referrals requested or received and not answered by their response target";
    }

    @Override
    public Uni<Long> count() {
        return referrals.pastResponseTarget(clock.instant());
    }
}
