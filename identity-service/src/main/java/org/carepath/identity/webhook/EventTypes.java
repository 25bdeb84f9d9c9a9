package org.carepath.identity.webhook;

import java.util.List;

import org.carepath.platform.persistence.JsonText;

/** A subscription's event types, kept as a JSON array in a text column. */
final class EventTypes extends JsonText<List<String>> {

    EventTypes() {
        super(listOf(String.class));
    }
}
