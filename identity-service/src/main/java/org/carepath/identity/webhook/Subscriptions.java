package org.carepath.identity.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.EventCatalog;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * An organisation's webhook subscriptions, managed by its {@code admin}: only its own are visible to it (another
 * organisation's answer as if they did not exist). The secret is shown once, when it is made.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Destinations destinations;
    private final WebhookConfig config;
    private final Clock clock;

    public Subscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Destinations destinations,
            WebhookConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.config = config;
        this.clock = clock;
    }

    public Uni<WebhookSubscription> subscribe(String url, List<String> eventTypes, CareActor by) {
        requireAdmin(by);
        List<String> types = catalogued(eventTypes);
        return destinations.check(url)
                .chain(checked -> Panache.withTransaction(() -> subscriptions.persist(
                        new WebhookSubscription(checked.toString(), types, by, clock.instant()))))
                .invoke(created -> LOG.infof("%s of %s subscribed %s to %s as webhook subscription %s", by.userId(),
                        by.organisation(), created.url(), types, created.id()));
    }

    public Uni<Page<WebhookSubscription>> list(CareActor by, int page, int size) {
        requireAdmin(by);
        return Panache.withSession(() -> subscriptions.ofOrganisation(by.organisation(), page, size));
    }

    public Uni<WebhookSubscription> get(UUID id, CareActor by) {
        requireAdmin(by);
        return Panache.withSession(() -> subscriptions.ofOrganisation(id, by.organisation()));
    }

    /** Stops its deliveries for good; those waiting are given up. Disabling it again changes nothing. */
    public Uni<WebhookSubscription> disable(UUID id, CareActor by) {
        requireAdmin(by);
        return Panache.withTransaction(() -> subscriptions.ofOrganisation(id, by.organisation())
                .invoke(subscription -> subscription.disable(by, clock.instant()))
                .call(subscription -> deliveries.giveUpWaiting(subscription.id())))
                .invoke(disabled -> LOG.infof("%s of %s disabled webhook subscription %s", by.userId(), by.organisation(), id));
    }

    /** A new secret; the old one signs beside it for {@code identity.webhooks.secret-overlap}, so receivers can switch. */
    public Uni<WebhookSubscription> rotateSecret(UUID id, CareActor by) {
        requireAdmin(by);
        return Panache.withTransaction(() -> subscriptions.ofOrganisation(id, by.organisation())
                .invoke(subscription -> subscription.rotateSecret(by, clock.instant(), config.secretOverlap())))
                .invoke(rotated -> LOG.infof("%s of %s rotated the secret of webhook subscription %s", by.userId(),
                        by.organisation(), id));
    }

    static void requireAdmin(CareActor by) {
        if (!by.hasRole(Roles.ADMIN) || by.organisation() == null) {
            throw new NotPermitted("webhook subscriptions are managed by an admin of the subscribing organisation");
        }
    }

    private static List<String> catalogued(List<String> eventTypes) {
        eventTypes.stream()
                .filter(type -> EventCatalog.find(type).isEmpty())
                .findFirst()
                .ifPresent(unknown -> {
                    throw InvalidInput.field("eventTypes", "names '" + unknown + "', which is not a CarePath event type");
                });
        return eventTypes.stream().distinct().sorted().toList();
    }
}
