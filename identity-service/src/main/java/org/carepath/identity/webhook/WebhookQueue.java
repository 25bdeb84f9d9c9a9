package org.carepath.identity.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Queues a consumed event for the webhook subscriptions allowed to hear it, in the consumer's transaction: the
 * deliveries commit with the event's processed id, so none is lost and a redelivered event queues nothing more.
 * Live only: a projection rebuild replays events without queueing, so it never sends anything again.
 */
@ApplicationScoped
public class WebhookQueue {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Audience audience;
    private final DeliveryWorker worker;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();

    public WebhookQueue(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Audience audience,
            DeliveryWorker worker, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.audience = audience;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * An event about a person, for the subscriptions whose organisation may hear it ({@link Audience}).
     *
     * @param payload    the CloudEvent as consumed: the body that is signed and sent
     * @param recordedBy the organisation the journey files it under
     */
    public Uni<Void> aboutPerson(CloudEvent<?> event, String payload, String recordedBy) {
        Instant now = clock.instant();
        return subscriptions.enabledFor(event.type())
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : audience.hearing(found, event.subject(), recordedBy, event.time(), now)
                                .chain(hearing -> queue(hearing, event, payload, now)));
    }

    /**
     * A directory event (a service published or retired) for every subscription to its type: it is about a
     * service, not a person, and the directory is open to all staff.
     */
    public Uni<Void> aboutService(CloudEvent<?> event, String payload) {
        Instant now = clock.instant();
        return subscriptions.enabledFor(event.type())
                .chain(found -> queue(found, event, payload, now));
    }

    /**
     * For the consumer once its transaction is over: wakes the worker if anything was queued, so a delivery goes
     * out at once rather than at the next poll (a queue rolled back only costs a look).
     */
    public void committed() {
        if (queued.getAndSet(false)) {
            worker.wake();
        }
    }

    private Uni<Void> queue(List<WebhookSubscription> hearing, CloudEvent<?> event, String payload, Instant now) {
        if (hearing.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return deliveries.keepMessage(event.id(), event.type(), payload, now)
                .chain(() -> Multi.createFrom().iterable(hearing)
                        .onItem().transformToUniAndConcatenate(subscription -> deliveries.queue(subscription.id(),
                                event.id(), event.type(), now))
                        .collect().asList())
                .invoke(() -> queued.set(true))
                .replaceWithVoid();
    }
}
