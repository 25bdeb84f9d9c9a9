package org.carepath.referrals.directory;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which kind of care an organisation gives; staff in each speak a different language for the same things. */
public enum Sector {
    ACUTE, COMMUNITY, PRIMARY_CARE, SOCIAL_CARE, VOLUNTARY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Sector fromCode(String code) {
        return Codes.parse(Sector.class, code);
    }
}
