package org.carepath.referrals.triage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How quickly the receiving service must respond to a referral. */
public enum Priority {
    ROUTINE("routine"),
    URGENT("urgent"),
    EMERGENCY("emergency");

    private final String code;

    Priority(String code) {
        this.code = code;
    }

    /** The code used in the API and in events, so JSON never depends on Java constant names. */
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Priority fromCode(String code) {
        for (Priority priority : values()) {
            if (priority.code.equalsIgnoreCase(code)) {
                return priority;
            }
        }
        throw new IllegalArgumentException(
                "Unknown priority '" + code + "': allowed values are routine, urgent, emergency");
    }

    /** Query parameters arrive through this (JAX-RS looks for it on enums), so they take the same codes as JSON. */
    public static Priority fromString(String code) {
        return fromCode(code);
    }
}
