package org.carepath.platform.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.carepath.events.CloudEvent;
import org.carepath.events.DeadLetterHeaders;
import org.carepath.platform.tracing.TraceContext;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dead letter as ops see it: where the record came from, who gave up on it after how many attempts
 * and why, and what has been done with it since. The record's value (the personal payload) only for a
 * role that may see it.
 *
 * @param state   {@code open}, {@code replayed} or {@code discarded}
 * @param payload the original record's value; absent unless the caller may see it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterView(String id, String deadLetterTopic, String topic, Integer partition, Long offset,
        String eventId, String eventType, String subject, String consumerGroup, String consumer, Integer attempts,
        String reason, String exceptionClass, String cause, Instant parkedAt, String traceparent, String state,
        String actedBy, Instant actedAt, String actionReason, String payload) {

    public static final String OPEN = "open";
    public static final String REPLAYED = "replayed";
    public static final String DISCARDED = "discarded";

    /** What ops did with a dead letter; {@link #NONE} while it is open. */
    public record Action(String state, String by, Instant at, String reason) {
        public static final Action NONE = new Action(OPEN, null, null, null);
    }

    static DeadLetterView of(ConsumerRecord<String, String> record, Action action, boolean withPayload) {
        return new DeadLetterView(DeadLetterId.of(new TopicPartition(record.topic(), record.partition()),
                record.offset()).toString(), record.topic(),
                header(record, DeadLetterHeaders.TOPIC), number(header(record, DeadLetterHeaders.PARTITION)),
                offset(header(record, DeadLetterHeaders.OFFSET)), header(record, DeadLetterHeaders.EVENT_ID),
                header(record, CloudEvent.TYPE_HEADER), record.key(), header(record, DeadLetterHeaders.CONSUMER_GROUP),
                header(record, DeadLetterHeaders.CONSUMER), number(header(record, DeadLetterHeaders.ATTEMPTS)),
                header(record, DeadLetterHeaders.REASON), header(record, DeadLetterHeaders.EXCEPTION_CLASS),
                header(record, DeadLetterHeaders.CAUSE), Instant.ofEpochMilli(record.timestamp()),
                header(record, TraceContext.TRACEPARENT), action.state(), action.by(), action.at(), action.reason(),
                withPayload ? record.value() : null);
    }

    DeadLetterView withAction(Action action) {
        return new DeadLetterView(id, deadLetterTopic, topic, partition, offset, eventId, eventType, subject,
                consumerGroup, consumer, attempts, reason, exceptionClass, cause, parkedAt, traceparent, action.state(),
                action.by(), action.at(), action.reason(), payload);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long offset(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
