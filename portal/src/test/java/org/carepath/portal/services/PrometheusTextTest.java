package org.carepath.portal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String METRICS = """
            # HELP carepath_outbox_pending_rows Outbox rows not yet published
            # TYPE carepath_outbox_pending_rows gauge
            carepath_outbox_pending_rows{service="referrals"} 12.0
            carepath_outbox_pending_rows{service="referrals",kind="directory"} 3.0
            carepath_outbox_pending_rows_total 99.0
            carepath_consumer_lag_records{group="identity",partition="0"} NaN
            carepath_dead_letter_records 2
            """;

    @Test
    void everySeriesOfTheMetricIsAddedAndNoOther() {
        assertEquals(15.0, PrometheusText.sum(METRICS, "carepath_outbox_pending_rows"));
        assertEquals(2.0, PrometheusText.sum(METRICS, "carepath_dead_letter_records"));
    }

    @Test
    void aMetricNotThereOrNotANumberIsNull() {
        assertNull(PrometheusText.sum(METRICS, "carepath_consumer_lag_records"));
        assertNull(PrometheusText.sum(METRICS, "jvm_memory_used_bytes"));
    }
}
