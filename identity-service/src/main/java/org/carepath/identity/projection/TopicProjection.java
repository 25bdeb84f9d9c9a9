package org.carepath.identity.projection;

import org.carepath.events.CloudEvent;

import io.smallrye.mutiny.Uni;

/**
 * A consumed topic's handler, as the live consumer and the rebuild both use it: the same code
 * applies an event whether it arrives now or is replayed from the beginning of the topic.
 */
public interface TopicProjection {

    /** The consumer name under which applied event ids are kept; the rebuild forgets them. */
    String CONSUMER = "journey";

    String topic();

    /** Applies one Kafka record value (a structured-mode CloudEvent) once. */
    Uni<Void> apply(String payload);

    /**
     * What a projection rebuild does with the (decoded, not yet applied) event: the same projection
     * rules as {@link #apply}, written into the batch instead of the live tables, owned data left alone.
     */
    Uni<Void> replay(CloudEvent<?> event, ReplayBatch batch);
}
