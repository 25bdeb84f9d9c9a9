package org.carepath.platform.ops;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a live tail: the CloudEvent's envelope and where it sits on the topic. The event's
 * {@code data}, which is personal, only for a role that may see it.
 *
 * @param data absent unless the caller may see payloads; every one shown is audited
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TailEvent(String id, String type, String source, Instant time, String subject, String key, String topic,
        int partition, long offset, Instant timestamp, String traceparent, JsonNode data) {
}
