package org.carepath.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What identity-service says about a projection rebuild. Two shapes: the synchronous POST of
 * earlier builds answers {@code {records, skipped}} when done; the background job answers its
 * status ({@code state}, {@code read}, {@code eventsPerSecond}, ...) and is polled with GET until
 * its state is {@code switched}.
 */
record RebuildProgress(boolean synchronous, String state, long read, Double eventsPerSecond, long skipped) {

    static final String SWITCHED = "switched";

    static RebuildProgress of(JsonNode body) {
        if (body.has("records")) {
            return new RebuildProgress(true, SWITCHED, body.path("records").asLong(), null, body.path("skipped").asLong());
        }
        JsonNode rate = body.get("eventsPerSecond");
        return new RebuildProgress(false, body.path("state").asText("unknown"), body.path("read").asLong(),
                rate == null || rate.isNull() ? null : rate.asDouble(), body.path("failed").asLong());
    }

    boolean switched() {
        return SWITCHED.equals(state);
    }

    /** Still working: neither switched nor stopped for good. */
    boolean running() {
        return !switched() && !state.equals("failed") && !state.equals("cancelled");
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", synchronous ? "synchronous" : "background");
        json.put("state", state);
        json.put("read", read);
        json.put("eventsPerSecond", eventsPerSecond == null ? null : Latencies.round(eventsPerSecond));
        json.put(synchronous ? "skipped" : "failed", skipped);
        return json;
    }
}
