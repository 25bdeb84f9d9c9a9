package org.carepath.platform.domain;

import java.util.List;
import java.util.stream.Stream;

import org.carepath.events.CareEvent;

/**
 * What one use case changed, beside the entity it loaded (which Hibernate saves by itself): new rows
 * to store with it (a line of history, a version snapshot, a membership) and the events that follow.
 * A domain method returns one; {@link Changes#save} stores it in the caller's transaction, the events
 * through the outbox, so the change and its events commit together or not at all.
 */
public record Change(List<Object> rows, List<CareEvent> events) {

    public Change {
        rows = List.copyOf(rows);
        events = List.copyOf(events);
    }

    public static Change none() {
        return new Change(List.of(), List.of());
    }

    public static Change of(CareEvent event) {
        return new Change(List.of(), List.of(event));
    }

    public static Change of(List<? extends CareEvent> events) {
        return new Change(List.of(), List.copyOf(events));
    }

    /** The same change, with one more row to store. */
    public Change with(Object row) {
        return new Change(Stream.concat(rows.stream(), Stream.of(row)).toList(), events);
    }

    public Change and(Change other) {
        return new Change(Stream.concat(rows.stream(), other.rows.stream()).toList(),
                Stream.concat(events.stream(), other.events.stream()).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty() && events.isEmpty();
    }
}
