package org.carepath.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What to record after a batch: the acknowledged rows are published (so never sent twice), the
 * refused ones are set aside with their reason, and the rest stay pending for a retry.
 *
 * @param retryReason why some rows stay pending, or null when none do
 */
record BatchResult(int read, List<Long> published, List<DeadRow> dead, String retryReason) {

    static final BatchResult NOTHING = new BatchResult(0, List.of(), List.of(), null);

    record DeadRow(long position, String topic, String eventType, String reason) {
    }

    /** Pairs each row with its delivery, both in position order. */
    static BatchResult of(List<PendingRow> rows, List<Delivery> deliveries) {
        if (rows.size() != deliveries.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + deliveries.size() + " deliveries");
        }
        List<Long> published = new ArrayList<>();
        List<DeadRow> dead = new ArrayList<>();
        String retryReason = null;
        for (int i = 0; i < rows.size(); i++) {
            PendingRow row = rows.get(i);
            Delivery delivery = deliveries.get(i);
            switch (delivery.outcome()) {
                case ACKED -> published.add(row.position());
                case REFUSED -> dead.add(new DeadRow(row.position(), row.topic(), row.eventType(), delivery.reason()));
                case RETRY -> retryReason = retryReason == null ? delivery.reason() : retryReason;
            }
        }
        return new BatchResult(rows.size(), List.copyOf(published), List.copyOf(dead), retryReason);
    }

    /** Nothing sent: every row stays pending. */
    static BatchResult retry(int read, String reason) {
        return new BatchResult(read, List.of(), List.of(), reason);
    }

    /** This result of sending part of a batch, with the rows Kafka held already counted as published. */
    BatchResult alsoPublished(int batchSize, Collection<Long> held) {
        List<Long> all = new ArrayList<>(published);
        all.addAll(held);
        return new BatchResult(batchSize, List.copyOf(all), dead, retryReason);
    }

    boolean mustRetry() {
        return retryReason != null;
    }
}
