package org.carepath.events;

import java.util.List;

/** Topic names: one per producing service and aggregate, versioned in the name. */
public final class Topics {

    public static final String REFERRALS = "care.referrals.v1";
    public static final String CAREPLANS = "care.careplans.v1";
    public static final String DISCHARGES = "care.discharges.v1";
    public static final String IDENTITY = "care.identity.v1";
    /** The service directory (referrals-service): keyed by service id, not by person. */
    public static final String DIRECTORY = "care.directory.v1";

    public static final List<String> ALL = List.of(REFERRALS, CAREPLANS, DISCHARGES, IDENTITY, DIRECTORY);

    private Topics() {
    }

    /** Where a consumer parks an event it could not process after its retries. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
