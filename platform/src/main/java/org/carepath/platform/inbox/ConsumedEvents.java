package org.carepath.platform.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.carepath.events.EventCatalog;
import org.eclipse.microprofile.config.Config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Counts what the service's consumers did with each event type: {@code carepath_consumer_events_total}
 * by {@code type} and {@code outcome} (applied; failed, one per failed attempt; dead_lettered).
 */
@ApplicationScoped
public class ConsumedEvents {

    /** The type of a record that could not be read as a CloudEvent. */
    static final String UNREADABLE = "unreadable";

    private static final String NAME = "carepath.consumer.events";
    private static final List<String> OUTCOMES = List.of("applied", "failed", "dead_lettered");

    private final MeterRegistry metrics;

    public ConsumedEvents(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /**
     * Every type of every topic the service reads starts at zero, so the first event of a type
     * shows in {@code increase()} and a dashboard has every series before anything happened.
     */
    void registerAtStart(@Observes StartupEvent started, Config config) {
        var topics = IncomingChannel.of(config).stream().map(IncomingChannel::topic).toList();
        EventCatalog.ENTRIES.stream()
                .filter(entry -> topics.contains(entry.topic()))
                .forEach(entry -> OUTCOMES.forEach(outcome -> counter(entry.type(), outcome)));
        if (!topics.isEmpty()) {
            counter(UNREADABLE, "dead_lettered");
        }
    }

    void applied(String type) {
        counter(type, "applied").increment();
    }

    void failed(String type) {
        counter(type, "failed").increment();
    }

    void deadLettered(String type) {
        counter(type, "dead_lettered").increment();
    }

    private Counter counter(String type, String outcome) {
        return Counter.builder(NAME)
                .description("Events consumed, by type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(metrics);
    }
}
