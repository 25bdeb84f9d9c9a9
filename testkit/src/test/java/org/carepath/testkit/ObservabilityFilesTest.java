package org.carepath.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ObservabilityFilesTest {

    @Test
    void aQuerySelectsTheMetricsItNamesAndNotItsFunctionsLabelsOrDurations() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), ObservabilityFiles.metricNames(
                "histogram_quantile(0.99, sum by (le, method, uri) (rate(http_server_requests_seconds_bucket{service=\"referrals-service\", status=~\"5..\"}[$__rate_interval])))"));
        assertEquals(Set.of("carepath_dead_letter_records"), ObservabilityFiles.metricNames(
                "max by (group, topic) (carepath_dead_letter_records) > max by (group, topic) (min_over_time(carepath_dead_letter_records[15m] offset 1h))"));
        assertEquals(Set.of("carepath_ready", "up"), ObservabilityFiles.metricNames("carepath_ready == 0 or up{job=\"carepath\"} == 0"));
        assertEquals(Set.of("jvm_memory_used_bytes"), ObservabilityFiles.metricNames("sum(jvm_memory_used_bytes{area=\"heap\"}) / 1024 / 1e3"));
    }

    @Test
    void theExpositionNamesEachSampleOnce() {
        assertEquals(Set.of("carepath_ready", "http_server_requests_seconds_bucket"), ObservabilityFiles.exposed("""
                # HELP carepath_ready 1 while ready
                # TYPE carepath_ready gauge
                carepath_ready 1.0
                http_server_requests_seconds_bucket{le="0.005",method="GET"} 1
                http_server_requests_seconds_bucket{le="0.01",method="GET"} 1
                """));
    }

    @Test
    void theRepositorysRulesAndDashboardsAreRead() {
        var files = new ObservabilityFiles(Path.of("..", "deploy", "observability"));
        assertTrue(ObservabilityFiles.scrapedNames(files.ruleExpressions()).contains("carepath_outbox_oldest_pending_age_seconds"));
        assertTrue(ObservabilityFiles.scrapedNames(files.dashboardExpressions("backbone")).contains("carepath_consumer_lag_records"));
    }
}
