package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a delay stands with the organisation it is attributed to; {@code not-attributed} when it names none. */
public enum DelayStanding {
    ACKNOWLEDGED, DISPUTED, NOT_ANSWERED, NOT_ATTRIBUTED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
