package org.carepath.events.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service in the directory was added or changed: who provides it, for whom, and how fast they respond.
 *
 * @param sector          acute, community, primary-care, social-care or voluntary
 * @param responseTargets per priority (routine, urgent, emergency), e.g. {@code PT2H} or {@code 5 working days}
 */
public record CareServicePublished(
        UUID serviceId,
        String name,
        String organisation,
        String team,
        String sector,
        String area,
        List<String> acceptedPriorities,
        Map<String, String> responseTargets,
        Instant at) {

    public static final String TYPE = "care-service.published";
}
