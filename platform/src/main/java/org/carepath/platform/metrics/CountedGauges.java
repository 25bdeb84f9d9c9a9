package org.carepath.platform.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Shows each {@link CountedNow} of the service as a gauge, counted on a schedule rather than on
 * each scrape, so a scrape never queries the database. A count that fails keeps its last value.
 */
@ApplicationScoped
// created at start, so every gauge is on /q/metrics before its first count
@Startup
public class CountedGauges {

    private static final Logger LOG = Logger.getLogger(CountedGauges.class);

    private record Shown(CountedNow count, AtomicLong value) {
    }

    private final List<Shown> shown;

    public CountedGauges(Instance<CountedNow> counts, MeterRegistry metrics) {
        this.shown = counts.stream()
                .map(count -> new Shown(count, new AtomicLong()))
                .toList();
        shown.forEach(each -> Gauge.builder(each.count().name(), each.value(), AtomicLong::get)
                .description(each.count().description())
                .register(metrics));
    }

    @Scheduled(every = "${carepath.metrics.count-interval:60s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> countAll() {
        return Multi.createFrom().iterable(shown)
                .onItem().transformToUniAndConcatenate(CountedGauges::countOne)
                .collect().last()
                .replaceWithVoid();
    }

    private static Uni<Void> countOne(Shown each) {
        return Panache.withSession(() -> each.count().count())
                .invoke(each.value()::set)
                .onFailure().invoke(failure -> LOG.debugf("%s not counted this time: %s", each.count().name(), failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
