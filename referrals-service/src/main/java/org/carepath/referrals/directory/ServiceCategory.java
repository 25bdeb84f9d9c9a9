package org.carepath.referrals.directory;

import org.carepath.platform.api.Codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of help a service gives, published with it so other services can act on the kind
 * (discharge counts home care, reablement and a care home placement as a package of care).
 */
public enum ServiceCategory {
    HOME_CARE, REABLEMENT, CARE_HOME_PLACEMENT, INTERMEDIATE_CARE, COMMUNITY_NURSING, THERAPY, ASSESSMENT, EQUIPMENT,
    OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static ServiceCategory fromCode(String code) {
        return Codes.parse(ServiceCategory.class, code);
    }
}
