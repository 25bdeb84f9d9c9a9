package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who is accountable for a delay. */
public enum AccountableSector {
    NHS, SOCIAL_CARE, BOTH;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static AccountableSector fromCode(String code) {
        return Codes.parse(AccountableSector.class, code);
    }
}
