package org.carepath.careplan.plan;

import java.util.Set;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an action on the plan stands: planned → in progress → done, or cancelled (with a reason) while open. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public boolean canMoveTo(ActionStatus target) {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS, DONE, CANCELLED).contains(target);
            case IN_PROGRESS -> Set.of(DONE, CANCELLED).contains(target);
            case DONE, CANCELLED -> false;
        };
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static ActionStatus fromCode(String code) {
        return Codes.parse(ActionStatus.class, code);
    }
}
