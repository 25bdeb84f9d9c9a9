package org.carepath.identity.webhook;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** A subscription's deliveries with every attempt, and a delivery queued again by hand. */
@ApplicationScoped
public class DeliveryLog {

    private static final Logger LOG = Logger.getLogger(DeliveryLog.class);

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final DeliveryWorker worker;
    private final Clock clock;

    /** A delivery and its attempts, oldest first. */
    public record Logged(WebhookDelivery delivery, List<DeliveryAttempt> attempts) {
    }

    public DeliveryLog(SubscriptionRepository subscriptions, DeliveryRepository deliveries, DeliveryWorker worker,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.worker = worker;
        this.clock = clock;
    }

    /** @param status pending, delivered, dead, or null for all */
    public Uni<Page<Logged>> of(UUID subscriptionId, String status, CareActor by, int page, int size) {
        Subscriptions.requireAdmin(by);
        return Panache.withSession(() -> subscriptions.ofOrganisation(subscriptionId, by.organisation())
                .chain(subscription -> deliveries.of(subscription.id(), status, page, size))
                .chain(this::withAttempts));
    }

    /**
     * A dead or delivered delivery queued again with a full set of attempts; one still queued is left as it is.
     * Logged with who asked, and kept on the delivery.
     */
    public Uni<Logged> redeliver(UUID deliveryId, CareActor by) {
        Subscriptions.requireAdmin(by);
        return Panache.withTransaction(() -> deliveries.findById(deliveryId)
                .onItem().ifNull().failWith(() -> notFound(deliveryId))
                .call(delivery -> enabledSubscriptionOf(delivery, by))
                .invoke(delivery -> delivery.redeliver(by, clock.instant())))
                .invoke(delivery -> LOG.infof("%s of %s queued webhook delivery %s (event %s) again", by.userId(),
                        by.organisation(), delivery.id(), delivery.eventId()))
                .invoke(worker::wake)
                .chain(delivery -> Panache.withSession(() -> deliveries.attemptsAt(List.of(delivery.id())))
                        .map(attempts -> new Logged(delivery, attempts)));
    }

    /** Another organisation's delivery answers as one that does not exist. */
    private Uni<WebhookSubscription> enabledSubscriptionOf(WebhookDelivery delivery, CareActor by) {
        return subscriptions.ofOrganisation(delivery.subscriptionId(), by.organisation())
                .onFailure(NotVisible.class).transform(hidden -> notFound(delivery.id()))
                .invoke(DeliveryLog::refuseIfDisabled);
    }

    private static void refuseIfDisabled(WebhookSubscription subscription) {
        if (!subscription.enabled()) {
            throw WebhookDelivery.disabled(subscription.id());
        }
    }

    private Uni<Page<Logged>> withAttempts(Page<WebhookDelivery> page) {
        return deliveries.attemptsAt(page.items().stream().map(WebhookDelivery::id).toList())
                .map(attempts -> attempts.stream().collect(Collectors.groupingBy(DeliveryAttempt::deliveryId)))
                .map(byDelivery -> page.map(delivery -> logged(delivery, byDelivery)));
    }

    private static Logged logged(WebhookDelivery delivery, Map<UUID, List<DeliveryAttempt>> byDelivery) {
        return new Logged(delivery, byDelivery.getOrDefault(delivery.id(), List.of()));
    }

    private static NotVisible notFound(UUID deliveryId) {
        return new NotVisible("no webhook delivery " + deliveryId);
    }
}
