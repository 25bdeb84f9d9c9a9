package org.carepath.careplan.plan;

import static org.carepath.careplan.plan.CarePlanStatus.ACTIVE;
import static org.carepath.careplan.plan.CarePlanStatus.COMPLETED;
import static org.carepath.careplan.plan.CarePlanStatus.DRAFT;
import static org.carepath.careplan.plan.CarePlanStatus.ON_HOLD;
import static org.carepath.careplan.plan.CarePlanStatus.REVOKED;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The plan state machine: each action, the state it leads to and the states it may start from. */
public enum CarePlanAction {
    ACTIVATE(ACTIVE, Set.of(DRAFT)),
    HOLD(ON_HOLD, Set.of(ACTIVE)),
    RESUME(ACTIVE, Set.of(ON_HOLD)),
    COMPLETE(COMPLETED, Set.of(ACTIVE, ON_HOLD)),
    REVOKE(REVOKED, Set.of(DRAFT, ACTIVE, ON_HOLD));

    private final CarePlanStatus to;
    private final Set<CarePlanStatus> from;

    CarePlanAction(CarePlanStatus to, Set<CarePlanStatus> from) {
        this.to = to;
        this.from = from;
    }

    public CarePlanStatus target() {
        return to;
    }

    public boolean isAllowedFrom(CarePlanStatus status) {
        return from.contains(status);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The past tense a version records, e.g. "held". */
    String done() {
        return switch (this) {
            case ACTIVATE -> "activated";
            case HOLD -> "held";
            case RESUME -> "resumed";
            case COMPLETE -> "completed";
            case REVOKE -> "revoked";
        };
    }

    public static List<CarePlanAction> allowedFrom(CarePlanStatus status) {
        return Arrays.stream(values()).filter(action -> action.isAllowedFrom(status)).toList();
    }
}
