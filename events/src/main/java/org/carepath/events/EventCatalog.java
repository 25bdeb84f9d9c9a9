package org.carepath.events;

import java.util.List;
import java.util.Optional;

import org.carepath.events.referral.ReferralSubmitted;

/**
 * Every event type CarePath publishes: its type name, topic, record and JSON Schema.
 * A new event type is added here, and the schema test then holds it to its schema.
 */
public final class EventCatalog {

    public record Entry(String type, String topic, Class<? extends Record> recordType) {

        /** Classpath location of the JSON Schema of the event's {@code data}. */
        public String schemaPath() {
            return "/schemas/" + type + ".schema.json";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(ReferralSubmitted.TYPE, Topics.REFERRALS, ReferralSubmitted.class));

    private EventCatalog() {
    }

    public static Optional<Entry> find(String type) {
        return ENTRIES.stream().filter(entry -> entry.type().equals(type)).findFirst();
    }
}
