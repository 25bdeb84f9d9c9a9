package org.carepath.platform.schedule;

import io.smallrye.mutiny.Uni;

/**
 * A look for what has fallen due with time (a referral past its response target, a care plan's
 * review date). Every one in a service runs on one schedule, {@link ScheduledChecks}; tests run it
 * themselves through {@link #check()}.
 */
public interface ScheduledCheck {

    /** Looks now; the item says what was reported. */
    Uni<?> check();
}
