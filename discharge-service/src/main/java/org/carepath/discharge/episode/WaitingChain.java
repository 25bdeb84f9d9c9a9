package org.carepath.discharge.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who is waiting on whom: the stage the referral a delay is linked to has reached, derived from what
 * care.referrals.v1 told discharge-service and never typed in, so the hospital and the receiving
 * organisation see the same. A redirected referral is followed to its onward referral when the events name it.
 * A care plan action, from care.careplans.v1, is assigned to its owner organisation, due on a date, then
 * overdue or completed.
 *
 * @param referralId   the referral at this link of the chain; null when none is linked
 * @param organisation its receiving organisation
 * @param since        when the referral reached this stage
 * @param closedAs     rejected, cancelled, redirected or completed, for a closed referral
 * @param organisation its receiving organisation, or the action's owner organisation
 * @param onward       the onward referral of a redirect, as far as it has got; null otherwise, or while it is unknown here
 * @param actionId     the care plan action, when the delay waits on one; null otherwise (as are carePlanId,
 *                     description and dueDate)
 */
public record WaitingChain(Stage stage, UUID referralId, String organisation, String team, String service, boolean onHold,
        Instant since, String closedAs, String closedReason, WaitingChain onward, UUID carePlanId, UUID actionId,
        String description, LocalDate dueDate) {

    public enum Stage {
        NOT_SENT, SENT_NOT_RECEIVED, RECEIVED_NOT_ACCEPTED, ACCEPTED_NO_START, STARTED, CLOSED,
        ACTION_ASSIGNED, ACTION_OVERDUE, ACTION_COMPLETED;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }
    }

    private static final WaitingChain NOT_SENT = new WaitingChain(Stage.NOT_SENT, null, null, null, null, false, null, null,
            null, null, null, null, null, null);

    /** The chain of what the delay waits on; {@code known} finds a referral by id, {@code actions} an action. */
    public static WaitingChain of(WaitingOn waitingOn, Function<UUID, Optional<ReferralProgress>> known,
            Function<UUID, Optional<ActionProgress>> actions) {
        if (waitingOn != null && waitingOn.actionId() != null) {
            return actions.apply(waitingOn.actionId()).map(WaitingChain::of).orElse(NOT_SENT);
        }
        if (waitingOn == null || waitingOn.referralId() == null) {
            return NOT_SENT;
        }
        return follow(waitingOn.referralId(), known, new HashSet<>()).orElse(NOT_SENT);
    }

    /** Completed outranks overdue: an action done late is done. */
    private static WaitingChain of(ActionProgress action) {
        Stage stage = action.completedAt() != null ? Stage.ACTION_COMPLETED
                : action.overdueAt() != null ? Stage.ACTION_OVERDUE
                : Stage.ACTION_ASSIGNED;
        Instant since = switch (stage) {
            case ACTION_COMPLETED -> action.completedAt();
            case ACTION_OVERDUE -> action.overdueAt();
            default -> action.assignedAt();
        };
        return new WaitingChain(stage, null, action.ownerOrganisation(), action.ownerTeam(), null, false, since, null, null,
                null, action.planId(), action.actionId(), action.description(), action.dueDate());
    }

    private static Optional<WaitingChain> follow(UUID referralId, Function<UUID, Optional<ReferralProgress>> known,
            Set<UUID> followed) {
        followed.add(referralId);
        return known.apply(referralId).map(referral -> of(referral, known, followed));
    }

    private static WaitingChain of(ReferralProgress referral, Function<UUID, Optional<ReferralProgress>> known,
            Set<UUID> followed) {
        Stage stage = referral.closedAs() != null ? Stage.CLOSED
                : referral.startedAt() != null ? Stage.STARTED
                : referral.acceptedAt() != null ? Stage.ACCEPTED_NO_START
                : referral.receivedAt() != null ? Stage.RECEIVED_NOT_ACCEPTED
                : Stage.SENT_NOT_RECEIVED;
        Instant since = switch (stage) {
            case CLOSED -> referral.closedAt();
            case STARTED -> referral.startedAt();
            case ACCEPTED_NO_START -> referral.acceptedAt();
            case RECEIVED_NOT_ACCEPTED -> referral.receivedAt();
            default -> referral.submittedAt();
        };
        UUID onwardId = referral.onwardReferralId();
        // a redirect loop (A to B to A) stops where it began rather than running on
        WaitingChain onward = onwardId == null || followed.contains(onwardId) ? null
                : follow(onwardId, known, followed).orElse(null);
        return new WaitingChain(stage, referral.referralId(), referral.targetOrganisation(), referral.targetTeam(),
                referral.serviceName(), referral.onHold(), since, referral.closedAs(), referral.closedReason(), onward, null,
                null, null, null);
    }
}
