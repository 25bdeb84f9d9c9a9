package org.carepath.referrals.triage;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How quickly the receiving service must respond to a referral. */
public enum Priority {
    ROUTINE, URGENT, EMERGENCY;

    /** The code used in the API and in events. */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Priority fromCode(String code) {
        return Codes.parse(Priority.class, code);
    }

    /** Query parameters arrive through this (JAX-RS looks for it on enums), so they take the same codes as JSON. */
    public static Priority fromString(String code) {
        return fromCode(code);
    }
}
