package org.carepath.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.outbox")
public interface OutboxConfig {

    /** Rows read and sent to Kafka at once; while a full batch comes back the relay goes straight on. */
    @WithDefault("1000")
    int batchSize();

    /** Fallback wake-up of the relay (read by its schedule); a commit wakes it at once through NOTIFY. */
    @WithDefault("1s")
    Duration pollInterval();

    /** First wait after Kafka failed a send; doubles on each further failure. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest wait between attempts while Kafka stays unavailable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Largest event (value, key and headers) the outbox accepts: below the broker's default
     * max.message.bytes and the producer's max.request.size (1 MiB), with room for the batch framing.
     */
    @WithDefault("1000000")
    int maxEventBytes();

    /** The relay's own Kafka producer. */
    Producer producer();

    interface Producer {

        /** How long the producer gathers records into one request per partition. */
        @WithDefault("5ms")
        Duration linger();

        /** Bytes per partition batch. */
        @WithDefault("262144")
        int batchBytes();

        @WithDefault("lz4")
        String compression();

        /**
         * A send fails within this long while Kafka is away; the relay then backs off and retries.
         * Until then the producer retries by itself, in order and without duplicates; a failure
         * reaching the relay costs a read-back of Kafka's tail, so a slow broker gets its time.
         */
        @WithDefault("30s")
        Duration deliveryTimeout();

        @WithDefault("5s")
        Duration requestTimeout();

        /** Longest a send may wait for topic metadata while Kafka is away. */
        @WithDefault("5s")
        Duration maxBlock();
    }
}
