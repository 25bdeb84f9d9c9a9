package org.carepath.platform.outbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/** What became of one row the relay handed to Kafka. */
record Delivery(Outcome outcome, String reason) {

    enum Outcome {
        /** Written and acknowledged by all in-sync replicas. */
        ACKED,
        /** Refused for something in the record itself: sending it again can never succeed. */
        REFUSED,
        /** Not written, or not known to be: stays pending and is sent again, in order, after a backoff. */
        RETRY
    }

    static final int MAX_REASON = 1000;

    static final Delivery ACKED = new Delivery(Outcome.ACKED, null);

    /**
     * Failures that concern the record alone. Everything else (timeouts, a broker away, missing
     * authorisation, a closed producer, anything unknown) is a reason to wait and retry rather than
     * to set a row aside, since a wrong guess here would drop an event that could have gone.
     */
    private static final List<Class<? extends Throwable>> PERMANENT = List.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            SerializationException.class,
            InvalidTopicException.class,
            InvalidRecordException.class);

    static Delivery notSent(String reason) {
        return new Delivery(Outcome.RETRY, reason);
    }

    /** Classifies a failed send by the first cause in its chain that is a known permanent refusal. */
    static Delivery failed(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isPermanent(cause)) {
                return new Delivery(Outcome.REFUSED, describe(cause));
            }
        }
        return new Delivery(Outcome.RETRY, describe(failure));
    }

    private static boolean isPermanent(Throwable cause) {
        return PERMANENT.stream().anyMatch(type -> type.isInstance(cause));
    }

    private static String describe(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
