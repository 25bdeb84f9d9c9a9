package org.carepath.referrals.directory;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which kind of care an organisation gives; staff in each speak a different language for the same things. */
public enum Sector {
    ACUTE, COMMUNITY, PRIMARY_CARE, SOCIAL_CARE, VOLUNTARY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Sector fromCode(String code) {
        return Arrays.stream(values())
                .filter(sector -> sector.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "sector must be one of acute, community, primary-care, social-care, voluntary"));
    }

    /** Query parameters arrive through this (JAX-RS looks for it on enums), so they take the same codes as JSON. */
    public static Sector fromString(String code) {
        return fromCode(code);
    }
}
