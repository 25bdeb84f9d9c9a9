package org.carepath.identity.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;

/**
 * Posts due deliveries to their endpoints, signed, and records each attempt: 2xx delivers; anything else is
 * tried again after the {@link RetrySchedule}'s wait, until the attempts run out and the delivery is dead.
 * Woken as soon as the consumer queues a delivery ({@link WebhookQueue#committed}), and polls for due retries.
 * Non-blocking throughout: Vert.x's web client on the event loop, name resolution on a worker thread.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryRows rows;
    private final Destinations destinations;
    private final WebhookConfig config;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final WebClient client;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public DeliveryWorker(DeliveryRows rows, Destinations destinations, WebhookConfig config, Clock clock, Vertx vertx) {
        this.rows = rows;
        this.destinations = destinations;
        this.config = config;
        this.schedule = RetrySchedule.of(config);
        this.clock = clock;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("CarePath-Webhooks/1.0"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Asks for a pass over the due deliveries; one under way takes another look before it stops. */
    public void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            pass();
        }
    }

    @Scheduled(every = "${identity.webhooks.poll-interval:5s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    private void pass() {
        wanted.set(false);
        Instant now = clock.instant();
        // a lease longer than any attempt: the row is not due again while this one is in flight
        rows.claim(now, now.plus(config.timeout().multipliedBy(3)), config.batchSize())
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndMerge(this::attempt)
                        .collect().asList()
                        .map(done -> claimed.size()))
                .subscribe().with(this::afterPass, this::afterFailure);
    }

    private void afterPass(int claimed) {
        if (claimed == config.batchSize()) {
            wanted.set(true);
        }
        stop();
    }

    private void afterFailure(Throwable failure) {
        LOG.warnf("Webhook worker could not claim or record deliveries: %s", failure.getMessage());
        stop();
    }

    /** A wake-up that came in while the pass was recording is not lost. */
    private void stop() {
        running.set(false);
        if (wanted.get() && running.compareAndSet(false, true)) {
            pass();
        }
    }

    private Uni<Void> attempt(DeliveryRows.Claimed delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        return destinations.check(delivery.url())
                .chain(uri -> post(uri, delivery, at))
                .map(status -> Attempt.answered(at, status, millisSince(started)))
                .onFailure().recoverWithItem(failure -> Attempt.failed(at, failure, millisSince(started)))
                .chain(attempt -> record(delivery, attempt));
    }

    private Uni<Integer> post(URI uri, DeliveryRows.Claimed delivery, Instant at) {
        long timestamp = at.getEpochSecond();
        return client.postAbs(uri.toString())
                .timeout(config.timeout().toMillis())
                .putHeader("content-type", CONTENT_TYPE)
                .putHeader("webhook-id", delivery.eventId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", Signature.header(delivery.secrets(), delivery.eventId(), timestamp,
                        delivery.payload()))
                // what the endpoint answers is not read: only its status counts
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(delivery.payload()))
                .ifNoItem().after(config.timeout()).failWith(() -> new TimeoutException("no answer within " + config.timeout()))
                .map(response -> response.statusCode());
    }

    private Uni<Void> record(DeliveryRows.Claimed delivery, Attempt attempt) {
        int failed = delivery.attempts() + 1;
        if (attempt.delivered()) {
            return rows.record(delivery, attempt, WebhookDelivery.DELIVERED, attempt.at());
        }
        if (schedule.isDeadAfter(failed)) {
            LOG.infof("Webhook delivery %s of event %s is dead after %d attempts: %s", delivery.id(), delivery.eventId(),
                    failed, attempt.error());
            return rows.record(delivery, attempt, WebhookDelivery.DEAD, attempt.at());
        }
        return rows.record(delivery, attempt, WebhookDelivery.PENDING,
                attempt.at().plus(schedule.waitAfter(failed, ThreadLocalRandom.current().nextDouble())));
    }

    private static int millisSince(long startedNanos) {
        return (int) ((System.nanoTime() - startedNanos) / 1_000_000);
    }
}
