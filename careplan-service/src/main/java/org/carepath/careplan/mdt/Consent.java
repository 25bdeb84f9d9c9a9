package org.carepath.careplan.mdt;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The person's consent to their case being discussed at the MDT, or why it was not needed. */
public enum Consent {
    GIVEN, DECLINED, NOT_NEEDED;

    /** A case may be discussed, and decided on, only with consent or a recorded reason it was not needed. */
    boolean allowsDiscussion() {
        return this != DECLINED;
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Consent fromCode(String code) {
        return Codes.parse(Consent.class, code);
    }
}
