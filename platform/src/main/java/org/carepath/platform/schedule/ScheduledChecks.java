package org.carepath.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Runs the service's {@link ScheduledCheck}s one after another every {@code carepath.check-interval}
 * ({@code off} stops them, e.g. where tests run a check themselves). A run still going when the
 * next is due is not doubled, and one check failing does not keep the others from running.
 */
@ApplicationScoped
public class ScheduledChecks {

    private static final Logger LOG = Logger.getLogger(ScheduledChecks.class);

    private final Instance<ScheduledCheck> checks;

    public ScheduledChecks(Instance<ScheduledCheck> checks) {
        this.checks = checks;
    }

    @Scheduled(every = "${carepath.check-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> runAll() {
        return Multi.createFrom().iterable(checks)
                .onItem().transformToUniAndConcatenate(ScheduledChecks::run)
                .collect().last()
                .replaceWithVoid();
    }

    private static Uni<Void> run(ScheduledCheck check) {
        return check.check()
                .onFailure().invoke(failure -> LOG.warn("A scheduled check failed; it looks again on its next run", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
