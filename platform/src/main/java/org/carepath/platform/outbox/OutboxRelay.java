package org.carepath.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Publishes outbox rows to Kafka in commit order, a whole batch in flight at a time, and goes
 * straight on while rows remain. A commit wakes it through NOTIFY ({@link OutboxListener}) while it
 * is asleep; while it drains, commits do not notify, and it marks itself asleep (waiting for the
 * inserts in flight) and looks once more before it stops. A poll is the fallback. A row Kafka
 * refuses for good is set aside and the rest go on; while Kafka is unavailable it stops at the
 * first failed row and retries from there after a backoff, so nothing is skipped and nothing
 * overtakes (see {@link RelayProducer} for the order argument).
 */
@ApplicationScoped
// created at start, so its metrics are on /q/metrics before the first event
@Startup
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOOK_AGAIN_MILLIS = 100;

    private final OutboxRows outbox;
    private final RelayProducer kafka;
    private final AlreadyPublished alreadyPublished;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final RelayBackoff backoff;
    private final Duration idleAllowance;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    // after a start or a failure, the last batch may be in Kafka without being marked: look first
    private final AtomicBoolean uncertain = new AtomicBoolean(true);
    // what this replica last told the database; awake at start, so its first stop marks it asleep
    // whatever a previous process left there
    private final AtomicBoolean asleep = new AtomicBoolean(false);
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong deadRows = new AtomicLong();
    private volatile double oldestPendingSeconds;
    private final Counter published;
    private final Counter setAside;
    private final Counter failures;

    public OutboxRelay(OutboxRows outbox, RelayProducer kafka, AlreadyPublished alreadyPublished, OutboxConfig config,
            Vertx vertx, MeterRegistry metrics) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.alreadyPublished = alreadyPublished;
        this.config = config;
        this.vertx = vertx;
        this.backoff = new RelayBackoff(config.initialBackoff(), config.maxBackoff());
        // the longest a batch can wait on Kafka, with room to mark the rows afterwards
        this.idleAllowance = config.producer().deliveryTimeout().plus(config.producer().maxBlock()).plusSeconds(30);
        // names and meanings: platform/README.md, "Metrics"
        metrics.gauge("carepath.outbox.pending.rows", pendingRows);
        metrics.gauge("carepath.outbox.dead.rows", deadRows);
        Gauge.builder("carepath.outbox.oldest.pending.age", this, relay -> relay.oldestPendingSeconds)
                .baseUnit("seconds")
                .description("How long the oldest row waiting to be published has waited")
                .register(metrics);
        this.published = metrics.counter("carepath.outbox.published");
        this.setAside = metrics.counter("carepath.outbox.set.aside");
        this.failures = metrics.counter("carepath.outbox.relay.failures");
    }

    /** Asks for the outbox to be drained; a drain under way takes one more look before it stops. */
    void wake() {
        if (!backoff.isWaiting(Instant.now())) {
            drainSoon();
        }
    }

    @Scheduled(every = "${carepath.outbox.poll-interval:1s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
        refreshGauges();
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> deleteOldPublished() {
        return outbox.deletePublishedBefore(Instant.now().minus(config.retention()))
                .replaceWithVoid();
    }

    private void drainSoon() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            drainNext();
        }
    }

    private void drainNext() {
        wanted.set(false);
        outbox.inTransaction(this::relayBatch)
                .subscribe().with(this::afterBatch, this::afterFailure);
    }

    private void afterBatch(BatchResult result) {
        report(result);
        // commits do not wake a relay that is awake: it looks until a look finds nothing
        boolean more = result.read() > 0 || wanted.get();
        if (backoff.isWaiting(Instant.now())) {
            stopDraining();
        } else if (more) {
            drainNext();
        } else if (!asleep.get()) {
            fallAsleep();
        } else {
            stopDraining();
        }
    }

    /** Then one more look, for whatever the inserts it waited for committed. */
    private void fallAsleep() {
        outbox.markAsleep()
                .subscribe().with(
                        marked -> {
                            asleep.set(true);
                            drainNext();
                        },
                        failure -> {
                            // an insert held on (or the database is away): still awake, so look again shortly
                            LOG.debugf("Outbox relay stays awake: %s", failure.getMessage());
                            stopDraining();
                            vertx.setTimer(LOOK_AGAIN_MILLIS, timer -> drainSoon());
                        });
    }

    private void afterFailure(Throwable failure) {
        // a database failure leaves the rows pending (perhaps sent, never marked): the next wake-up looks, then tries again
        uncertain.set(true);
        failures.increment();
        LOG.warnf("Outbox relay could not read or mark the outbox: %s", failure.getMessage());
        stopDraining();
    }

    /** A wake-up that came in while the last batch was being recorded is not lost. */
    private void stopDraining() {
        draining.set(false);
        refreshGauges();
        if (wanted.get() && !backoff.isWaiting(Instant.now()) && draining.compareAndSet(false, true)) {
            drainNext();
        }
    }

    private Uni<BatchResult> relayBatch(SqlConnection connection) {
        return outbox.tryRelayLock(connection, idleAllowance)
                .chain(mine -> mine ? publishPending(connection) : Uni.createFrom().item(BatchResult.NOTHING));
    }

    private Uni<BatchResult> publishPending(SqlConnection connection) {
        return outbox.pending(connection, config.batchSize())
                .call(rows -> rows.isEmpty() || !asleep.getAndSet(false) ? Uni.createFrom().voidItem() : outbox.markAwake(connection))
                .chain(this::sendUnpublished)
                .call(result -> outbox.record(connection, result));
    }

    /** Rows Kafka holds already are only marked; the look can fail like a send, and is retried like one. */
    private Uni<BatchResult> sendUnpublished(List<PendingRow> rows) {
        if (rows.isEmpty() || !uncertain.get()) {
            return send(rows);
        }
        return alreadyPublished.among(rows)
                .chain(held -> send(rows.stream().filter(row -> !held.contains(row.position())).toList())
                        .map(result -> result.alsoPublished(rows.size(), held)))
                .invoke(result -> uncertain.set(result.mustRetry()))
                .onFailure().recoverWithItem(failure -> BatchResult.retry(rows.size(), "Kafka could not be read: " + failure.getMessage()));
    }

    private Uni<BatchResult> send(List<PendingRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(BatchResult.NOTHING);
        }
        return kafka.send(rows)
                .map(deliveries -> BatchResult.of(rows, deliveries));
    }

    private void report(BatchResult result) {
        published.increment(result.published().size());
        setAside.increment(result.dead().size());
        result.dead().forEach(dead -> LOG.warnf("Outbox row %d (%s on %s) set aside: Kafka refuses it for good: %s",
                dead.position(), dead.eventType(), dead.topic(), dead.reason()));
        if (result.mustRetry()) {
            // an acknowledgement lost with the broker leaves a row in Kafka that looks unsent
            uncertain.set(true);
            failures.increment();
            var wait = backoff.failed(Instant.now());
            LOG.warnf("Kafka did not take outbox rows (%s); retrying in %s", result.retryReason(), wait);
            vertx.setTimer(wait.toMillis(), timer -> drainSoon());
        } else if (result.read() > 0) {
            backoff.succeeded();
        }
    }

    private void refreshGauges() {
        outbox.counts()
                .subscribe().with(this::showCounts, failure -> LOG.debugf("Outbox counts unavailable: %s", failure.getMessage()));
    }

    private void showCounts(OutboxRows.Counts counts) {
        pendingRows.set(counts.pending());
        oldestPendingSeconds = counts.oldestPendingSeconds();
        deadRows.set(counts.dead());
    }
}
