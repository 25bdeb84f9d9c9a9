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
 * @param category        what kind of help the service gives (e.g. home-care, reablement, care-home-placement);
 *                        null when the directory does not say, and in events published before it could
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
        Instant at,
        String category) implements DirectoryEvent {

    public static final String TYPE = "care-service.published";

    @Override
    public String subject() {
        return serviceId.toString();
    }

    @Override
    public Instant time() {
        return at;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
