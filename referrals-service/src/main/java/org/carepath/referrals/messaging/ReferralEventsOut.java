package org.carepath.referrals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Maps referral events onto {@code care.referrals.v1} through the outbox. */
@ApplicationScoped
public class ReferralEventsOut {

    static final String SOURCE = "/carepath/referrals-service";

    private final Outbox outbox;

    public ReferralEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> submitted(ReferralSubmitted event) {
        return outbox.append(Topics.REFERRALS,
                CloudEvent.of(SOURCE, ReferralSubmitted.TYPE, event.nhsNumber(), event.submittedAt(), event));
    }
}
