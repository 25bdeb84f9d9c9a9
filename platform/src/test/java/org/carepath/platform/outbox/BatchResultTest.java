package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.carepath.platform.tracing.TraceContext;
import org.junit.jupiter.api.Test;

class BatchResultTest {

    @Test
    void acknowledgedRowsArePublishedAndARefusedOneIsSetAsideWhileTheRestGoOn() {
        var result = BatchResult.of(List.of(row(1), row(2), row(3)),
                List.of(Delivery.ACKED, Delivery.failed(new RecordTooLargeException("too big")), Delivery.ACKED));

        assertEquals(List.of(1L, 3L), result.published());
        assertEquals(1, result.dead().size());
        assertEquals(2L, result.dead().get(0).position());
        assertEquals("RecordTooLargeException: too big", result.dead().get(0).reason());
        assertFalse(result.mustRetry());
        assertNull(result.retryReason());
    }

    @Test
    void rowsKafkaDidNotTakeStayPendingButTheAcknowledgedOnesAreNotSentAgain() {
        var result = BatchResult.of(List.of(row(1), row(2), row(3)),
                List.of(Delivery.ACKED, Delivery.failed(new TimeoutException("Expiring 1 record(s)")),
                        Delivery.notSent("an earlier row of the batch failed")));

        assertEquals(List.of(1L), result.published());
        assertEquals(List.of(), result.dead());
        assertTrue(result.mustRetry());
        assertEquals("TimeoutException: Expiring 1 record(s)", result.retryReason(), "the first failure explains it");
        assertEquals(3, result.read());
    }

    @Test
    void everyRowNeedsItsDelivery() {
        assertThrows(IllegalArgumentException.class, () -> BatchResult.of(List.of(row(1), row(2)), List.of(Delivery.ACKED)));
    }

    private static PendingRow row(long position) {
        return new PendingRow(position, "care.referrals.v1", "9434765919", "referral.submitted", "{}", TraceContext.NONE);
    }
}
