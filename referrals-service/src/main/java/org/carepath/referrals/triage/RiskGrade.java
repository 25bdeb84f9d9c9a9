package org.carepath.referrals.triage;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Safeguarding-style risk, set at triage: the worklist puts high first. */
public enum RiskGrade {
    HIGH, MEDIUM, LOW;

    /** The code clients send and read, lowercase with hyphens (FHIR style). */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static RiskGrade fromCode(String code) {
        return Codes.parse(RiskGrade.class, code);
    }
}
