package org.carepath.referrals.referral;

import static org.carepath.referrals.referral.ReferralStatus.ACCEPTED;
import static org.carepath.referrals.referral.ReferralStatus.CANCELLED;
import static org.carepath.referrals.referral.ReferralStatus.COMPLETED;
import static org.carepath.referrals.referral.ReferralStatus.DRAFT;
import static org.carepath.referrals.referral.ReferralStatus.IN_PROGRESS;
import static org.carepath.referrals.referral.ReferralStatus.ON_HOLD;
import static org.carepath.referrals.referral.ReferralStatus.RECEIVED;
import static org.carepath.referrals.referral.ReferralStatus.REDIRECTED;
import static org.carepath.referrals.referral.ReferralStatus.REJECTED;
import static org.carepath.referrals.referral.ReferralStatus.REQUESTED;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carepath.platform.security.Roles;

/**
 * The referral state machine: each action, which side may take it, with which roles, from which
 * states, and whether a reason is required. Resume returns to the state the referral was held in.
 */
public enum ReferralAction {
    SUBMIT(Side.REFERRER, false, REQUESTED, Set.of(DRAFT)),
    RECEIVE(Side.RECEIVER, false, RECEIVED, Set.of(REQUESTED)),
    ACCEPT(Side.RECEIVER, false, ACCEPTED, Set.of(RECEIVED)),
    REJECT(Side.RECEIVER, true, REJECTED, Set.of(RECEIVED)),
    REDIRECT(Side.RECEIVER, true, REDIRECTED, Set.of(RECEIVED)),
    CANCEL(Side.REFERRER, true, CANCELLED, Set.of(DRAFT, REQUESTED, RECEIVED, ACCEPTED, ON_HOLD)),
    START(Side.RECEIVER, false, IN_PROGRESS, Set.of(ACCEPTED)),
    HOLD(Side.RECEIVER, true, ON_HOLD, Set.of(ACCEPTED, IN_PROGRESS)),
    RESUME(Side.RECEIVER, false, null, Set.of(ON_HOLD)),
    COMPLETE(Side.RECEIVER, false, COMPLETED, Set.of(IN_PROGRESS));

    /** Which of the two organisations a referral is between may take the action. */
    public enum Side {
        REFERRER, RECEIVER
    }

    private static final Set<ReferralAction> TRIAGE_DECISIONS = Set.of(RECEIVE, ACCEPT, REJECT, REDIRECT);

    private final Side side;
    private final boolean needsReason;
    private final ReferralStatus to;
    private final Set<ReferralStatus> from;

    ReferralAction(Side side, boolean needsReason, ReferralStatus to, Set<ReferralStatus> from) {
        this.side = side;
        this.needsReason = needsReason;
        this.to = to;
        this.from = from;
    }

    public Side side() {
        return side;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public boolean isAllowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /** The state the action leads to; for resume, the state before the hold. */
    ReferralStatus target(ReferralStatus heldFrom) {
        return this == RESUME ? heldFrom : to;
    }

    /** Roles of which the actor needs one: triage decisions are the triager's alone. */
    public Set<String> roles() {
        if (side == Side.REFERRER) {
            return Set.of(Roles.REFERRER, Roles.INTEGRATION);
        }
        return TRIAGE_DECISIONS.contains(this) ? Set.of(Roles.TRIAGER) : Set.of(Roles.TRIAGER, Roles.CARE_COORDINATOR);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<ReferralAction> allowedFrom(ReferralStatus status) {
        return Arrays.stream(values()).filter(action -> action.isAllowedFrom(status)).toList();
    }
}
