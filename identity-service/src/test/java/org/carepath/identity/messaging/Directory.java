package org.carepath.identity.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.events.directory.CareServicePublished;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;

/** The service directory's events: where identity-service learns each organisation's sector. */
public final class Directory {

    private Directory() {
    }

    /** Publishes one service for each demo organisation, with its sector. */
    public static void publishSectors() {
        publish(Cast.HOSPITAL, "acute");
        publish(Cast.COMMUNITY, "community");
        publish(Cast.COUNCIL, "social-care");
        publish(Cast.VOLUNTARY, "voluntary");
    }

    private static void publish(String organisation, String sector) {
        var at = Instant.parse("2026-11-01T09:00:00Z");
        var service = new CareServicePublished(UUID.randomUUID(), "Service of " + organisation, organisation, "front-door",
                sector, "Northfield", List.of("routine"), Map.of("routine", "5 working days"), at, null);
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", service.serviceId().toString(), at, service));
    }
}
