package org.carepath.referrals.referral;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The lawful basis for sharing the person's information with the receiving service. */
public enum ConsentBasis {
    CONSENT_GIVEN, BEST_INTERESTS_DECISION, LEGAL_DUTY;

    /** The code clients send and read, lowercase with hyphens (FHIR style). */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static ConsentBasis fromCode(String code) {
        return Codes.parse(ConsentBasis.class, code);
    }
}
