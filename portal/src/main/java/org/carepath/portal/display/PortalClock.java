package org.carepath.portal.display;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock the pages tell time left by; tests of the display rules pass their own instants. */
public class PortalClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
