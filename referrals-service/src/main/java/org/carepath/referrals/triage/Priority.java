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
}
