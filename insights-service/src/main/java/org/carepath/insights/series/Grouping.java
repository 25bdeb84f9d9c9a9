package org.carepath.insights.series;

import java.util.Arrays;
import java.util.Optional;

/** What a series' rows are split by; each metric takes the groupings its facts carry. */
public enum Grouping {

    ORGANISATION("organisation"),
    TEAM("team"),
    /** The directory's sector of the service or organisation; for delays, the accountable sector. */
    SECTOR("sector"),
    /** The directory's area of the service, or of the organisation's services. */
    LOCALITY("locality"),
    /** A delay's reason code. */
    REASON("reason"),
    /** A discharge's Discharge to Assess pathway, 0-3. */
    PATHWAY("pathway");

    private final String code;

    Grouping(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Grouping> of(String code) {
        return Arrays.stream(values()).filter(grouping -> grouping.code.equals(code)).findFirst();
    }

    /** The column of a metric's fact rows; {@code m} is the metric's subquery. */
    String column() {
        return "coalesce(cast(m." + code + " as varchar), 'unknown')";
    }
}
