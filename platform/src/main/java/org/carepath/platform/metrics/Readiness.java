package org.carepath.platform.metrics;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;

/**
 * {@code carepath_ready}: 1 while {@code /q/health/ready} is UP, 0 while it is DOWN, so Prometheus
 * alerts on readiness without a probe of its own. A service too wedged to answer a scrape shows as
 * {@code up == 0} instead.
 */
@ApplicationScoped
// created at start, so the gauge is on /q/metrics (at 0) before the first check
@Startup
public class Readiness {

    private final SmallRyeHealthReporter health;
    private final AtomicInteger ready = new AtomicInteger();

    public Readiness(SmallRyeHealthReporter health, MeterRegistry metrics) {
        this.health = health;
        Gauge.builder("carepath.ready", ready, AtomicInteger::get)
                .description("1 while the service's readiness checks are UP")
                .register(metrics);
    }

    @Scheduled(every = "${carepath.metrics.readiness-interval:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> check() {
        return health.getReadinessAsync()
                .invoke(result -> ready.set(result.isDown() ? 0 : 1))
                .onFailure().invoke(() -> ready.set(0))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
