package org.carepath.platform.ops;

import org.carepath.platform.problem.ProblemException;

/** Kafka did not answer an ops call in time: 503, and the caller may try again. */
public class KafkaUnavailable extends ProblemException {

    public KafkaUnavailable(Throwable cause) {
        super(503, "kafka-unavailable", "Kafka unavailable", "Kafka did not answer in time; try again shortly");
        initCause(cause);
    }
}
