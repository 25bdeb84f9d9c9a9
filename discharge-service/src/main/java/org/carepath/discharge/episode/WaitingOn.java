package org.carepath.discharge.episode;

import java.util.UUID;

import org.carepath.platform.domain.InvalidInput;

/**
 * What a delay waits on: a referral, a care plan action, or a readiness milestone, exactly one of them.
 * A referral names its receiving organisation and an action its owner organisation, which a delay linked
 * to either is attributed to and which may answer it; a milestone names none.
 */
public record WaitingOn(UUID referralId, UUID carePlanId, UUID actionId, MilestoneKind milestone) {

    public static final String REFERRAL = "referral";
    public static final String CARE_PLAN_ACTION = "care-plan-action";
    public static final String MILESTONE = "milestone";

    /** What a request names, refused unless it is exactly one thing. */
    public static WaitingOn of(UUID referralId, UUID carePlanId, UUID actionId, MilestoneKind milestone) {
        boolean action = carePlanId != null || actionId != null;
        int named = (referralId != null ? 1 : 0) + (action ? 1 : 0) + (milestone != null ? 1 : 0);
        if (named != 1) {
            throw InvalidInput.field("waitingOn", "must name exactly one of: referralId; carePlanId with actionId; milestone");
        }
        if (action && (carePlanId == null || actionId == null)) {
            throw InvalidInput.field("waitingOn", "a care plan action needs both carePlanId and actionId");
        }
        return new WaitingOn(referralId, carePlanId, actionId, milestone);
    }

    public String kind() {
        return referralId != null ? REFERRAL : milestone != null ? MILESTONE : CARE_PLAN_ACTION;
    }
}
