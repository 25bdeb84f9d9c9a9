package org.carepath.referrals.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CareEvent;
import org.carepath.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Referral events onto {@code care.referrals.v1}, keyed by the person's NHS number, through the outbox. */
@ApplicationScoped
public class ReferralEventsOut {

    static final String SOURCE = "/carepath/referrals-service";

    private final Outbox outbox;

    public ReferralEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(String nhsNumber, Instant at, Record event) {
        return outbox.publish((CareEvent) event);
    }
}
