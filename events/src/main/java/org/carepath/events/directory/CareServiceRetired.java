package org.carepath.events.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service stops taking referrals from a date ("that's not us any more"); referrers are sent to its successor.
 *
 * @param successorServiceId null when nothing replaces it
 */
public record CareServiceRetired(
        UUID serviceId,
        String name,
        String organisation,
        LocalDate effectiveFrom,
        UUID successorServiceId,
        String reason,
        Instant at) implements DirectoryEvent {

    public static final String TYPE = "care-service.retired";

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
