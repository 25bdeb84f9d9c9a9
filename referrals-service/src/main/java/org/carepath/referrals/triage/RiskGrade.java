package org.carepath.referrals.triage;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Safeguarding-style risk, set at triage: the worklist puts high first. */
public enum RiskGrade {
    HIGH, MEDIUM, LOW;

    /** The code clients send and read, lowercase with hyphens (FHIR style). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static RiskGrade fromCode(String code) {
        return Arrays.stream(values())
                .filter(value -> value.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of "
                        + Arrays.stream(values()).map(RiskGrade::code).toList()));
    }

    /** Query parameters arrive through this (JAX-RS looks for it on enums), so they take the same codes as JSON. */
    public static RiskGrade fromString(String code) {
        return fromCode(code);
    }
}
