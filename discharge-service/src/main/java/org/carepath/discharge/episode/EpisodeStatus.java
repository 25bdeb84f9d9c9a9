package org.carepath.discharge.episode;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** In hospital, gone home (or elsewhere), or an admission that was cancelled (kept, never deleted). */
public enum EpisodeStatus {
    ADMITTED, DISCHARGED, CANCELLED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
