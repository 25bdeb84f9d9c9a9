package org.carepath.careplan.plan;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a change to a plan or its team leaves behind: rows to store (a version snapshot, a
 * membership, a handover) and the events to publish with them. Empty when nothing changed.
 */
public record Change(List<Object> rows, List<Record> events) {

    public Change {
        rows = List.copyOf(rows);
        events = List.copyOf(events);
    }

    public static Change none() {
        return new Change(List.of(), List.of());
    }

    public Change and(Change other) {
        return new Change(Stream.concat(rows.stream(), other.rows.stream()).toList(),
                Stream.concat(events.stream(), other.events.stream()).toList());
    }
}
