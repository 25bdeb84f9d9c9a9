package org.carepath.events.directory;

import org.carepath.events.CareEvent;

/**
 * The service directory: the events of {@code care.directory.v1}, keyed by the service id.
 * A consumer handles them with a {@link Handler}: one method per event type, so a new type is a
 * compile error in every consumer until it says what the type means to it.
 */
public sealed interface DirectoryEvent extends CareEvent permits
        CareServicePublished,
        CareServiceRetired {

    <R> R handle(Handler<R> handler);

    /** What a consumer does with each event of the topic. */
    interface Handler<R> {

        R on(CareServicePublished event);

        R on(CareServiceRetired event);
    }
}
