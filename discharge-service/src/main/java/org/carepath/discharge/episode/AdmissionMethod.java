package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the person came in: planned, or as an emergency (only emergencies count as readmissions). */
public enum AdmissionMethod {
    ELECTIVE, EMERGENCY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static AdmissionMethod fromCode(String code) {
        return Codes.parse(AdmissionMethod.class, code);
    }
}
