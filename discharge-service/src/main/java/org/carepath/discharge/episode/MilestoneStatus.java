package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum MilestoneStatus {
    NOT_STARTED, IN_PROGRESS, DONE, NOT_NEEDED;

    /** Still standing between the person and the door. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static MilestoneStatus fromCode(String code) {
        return Codes.parse(MilestoneStatus.class, code);
    }
}
