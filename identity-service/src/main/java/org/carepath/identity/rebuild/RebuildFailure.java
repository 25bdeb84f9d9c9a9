package org.carepath.identity.rebuild;

/** A record the rebuild could not apply, even after a retry: where it is and why. */
public record RebuildFailure(String topic, int partition, long offset, String eventId, String reason) {
}
