package org.carepath.platform.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Gives each route's request timer histogram buckets, so Prometheus computes p50 and p99 per route
 * and across replicas ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}).
 * A dozen fixed buckets rather than Micrometer's percentile histogram (about seventy): every route,
 * method and status has its own series, and the response targets ops care about are these.
 */
@Singleton
public class HttpServerHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos())
            .toArray();

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(BUCKETS)
                        .build()
                        .merge(config);
            }
        };
    }
}
