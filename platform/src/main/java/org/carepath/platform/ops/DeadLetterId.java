package org.carepath.platform.ops;

import org.apache.kafka.common.TopicPartition;

/**
 * A dead letter's id in the ops API: {@code <dead-letter topic>:<partition>:<offset>}, e.g.
 * {@code care.referrals.v1.careplan-service.dlq:2:17}. Stable for as long as the topic keeps the
 * record (for ever: dead-letter topics are never trimmed).
 */
public record DeadLetterId(String topic, int partition, long offset) {

    public static DeadLetterId of(TopicPartition partition, long offset) {
        return new DeadLetterId(partition.topic(), partition.partition(), offset);
    }

    /** The id parsed, or null when the text is not one. */
    public static DeadLetterId parse(String text) {
        int last = text.lastIndexOf(':');
        int middle = last < 0 ? -1 : text.lastIndexOf(':', last - 1);
        if (middle <= 0) {
            return null;
        }
        try {
            int partition = Integer.parseInt(text.substring(middle + 1, last));
            long offset = Long.parseLong(text.substring(last + 1));
            return partition < 0 || offset < 0 ? null : new DeadLetterId(text.substring(0, middle), partition, offset);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }

    @Override
    public String toString() {
        return topic + ":" + partition + ":" + offset;
    }
}
