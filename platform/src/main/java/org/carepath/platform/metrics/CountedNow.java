package org.carepath.platform.metrics;

import io.smallrye.mutiny.Uni;

/**
 * A count ops are asked about (referrals past their response target, people with no criteria to
 * reside), shown as a gauge named {@link #name()}: {@link CountedGauges} registers every one at
 * start and counts it again every {@code carepath.metrics.count-interval}, inside a session.
 */
public interface CountedNow {

    /** The meter name, dotted (e.g. {@code carepath.referrals.past.response.target}, shown with underscores). */
    String name();

    String description();

    Uni<Long> count();
}
