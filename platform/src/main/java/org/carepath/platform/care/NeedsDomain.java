package org.carepath.platform.care;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The areas of a person's life a holistic assessment covers: one vocabulary for referrals and care plans. */
public enum NeedsDomain {
    PHYSICAL_HEALTH, MENTAL_HEALTH_AND_WELLBEING, PERSONAL_CARE_AND_DAILY_LIVING, MOBILITY_AND_FALLS, SOCIAL_CONTACT_AND_LONELINESS, HOUSING, FINANCES_AND_BENEFITS, CARERS_NEEDS, END_OF_LIFE_WISHES;

    /** The code clients send and read, lowercase with hyphens (FHIR style). */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static NeedsDomain fromCode(String code) {
        return Codes.parse(NeedsDomain.class, code);
    }
}
