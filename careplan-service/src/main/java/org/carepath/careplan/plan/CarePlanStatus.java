package org.carepath.careplan.plan;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED;

    /** Still being worked on: its content and team can change. */
    public boolean isOpen() {
        return this == DRAFT || this == ACTIVE || this == ON_HOLD;
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static CarePlanStatus fromCode(String code) {
        return Codes.parse(CarePlanStatus.class, code);
    }
}
