package org.carepath.referrals.referral;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** FHIR Task states of a referral, plus redirected. */
public enum ReferralStatus {
    DRAFT, REQUESTED, RECEIVED, ACCEPTED, REJECTED, REDIRECTED, CANCELLED, IN_PROGRESS, ON_HOLD, COMPLETED;

    /** Still asking something of someone: the duplicate guard looks for these (and V4's unique index names them). */
    public boolean isOpen() {
        return this != REJECTED && this != REDIRECTED && this != CANCELLED && this != COMPLETED;
    }

    /** Waiting for the receiving team's answer: the response-target clock runs. */
    public boolean awaitsResponse() {
        return this == REQUESTED || this == RECEIVED;
    }

    /** The code clients send and read, lowercase with hyphens (FHIR style). */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static ReferralStatus fromCode(String code) {
        return Codes.parse(ReferralStatus.class, code);
    }
}
