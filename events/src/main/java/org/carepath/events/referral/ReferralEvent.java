package org.carepath.events.referral;

import org.carepath.events.CareEvent;

/**
 * A referral's life, from submission to completion: the events of {@code care.referrals.v1}, keyed by the person's NHS number.
 * A consumer handles them with a {@link Handler}: one method per event type, so a new type is a
 * compile error in every consumer until it says what the type means to it.
 */
public sealed interface ReferralEvent extends CareEvent permits
        ReferralAccepted,
        ReferralCancelled,
        ReferralCompleted,
        ReferralHeld,
        ReferralReceived,
        ReferralRedirected,
        ReferralRejected,
        ReferralResponseOverdue,
        ReferralResumed,
        ReferralStarted,
        ReferralSubmitted,
        ReferralTriaged {

    <R> R handle(Handler<R> handler);

    /** What a consumer does with each event of the topic. */
    interface Handler<R> {

        R on(ReferralAccepted event);

        R on(ReferralCancelled event);

        R on(ReferralCompleted event);

        R on(ReferralHeld event);

        R on(ReferralReceived event);

        R on(ReferralRedirected event);

        R on(ReferralRejected event);

        R on(ReferralResponseOverdue event);

        R on(ReferralResumed event);

        R on(ReferralStarted event);

        R on(ReferralSubmitted event);

        R on(ReferralTriaged event);
    }
}
