package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What must be ready before the person can leave, each owned by one discipline. */
public enum MilestoneKind {
    THERAPY_ASSESSMENT, SOCIAL_WORK_ASSESSMENT, PACKAGE_OF_CARE_CONFIRMED, EQUIPMENT_DELIVERED, TRANSPORT_BOOKED,
    MEDICINES_TO_TAKE_OUT, DISCHARGE_SUMMARY_SENT;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static MilestoneKind fromCode(String code) {
        return Codes.parse(MilestoneKind.class, code);
    }
}
