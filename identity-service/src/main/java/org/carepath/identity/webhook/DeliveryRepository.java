package org.carepath.identity.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** The event's body, kept once however many subscriptions hear it; a redelivered event finds it there. */
    Uni<Void> keepMessage(String eventId, String eventType, String payload, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into webhook_message (event_id, event_type, payload, queued_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                        .setParameter(1, eventId)
                        .setParameter(2, eventType)
                        .setParameter(3, payload)
                        .setParameter(4, at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Queues the event for the subscription, due at once; already queued, it changes nothing. */
    Uni<Integer> queue(UUID subscriptionId, String eventId, String eventType, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, status, attempts,
                                                      next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5)
                        on conflict (subscription_id, event_id) do nothing""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, subscriptionId)
                        .setParameter(3, eventId)
                        .setParameter(4, eventType)
                        .setParameter(5, at)
                        .executeUpdate());
    }

    /** One page of a subscription's deliveries, newest first, of one status or all. */
    Uni<Page<WebhookDelivery>> of(UUID subscriptionId, String status, int page, int size) {
        var parameters = Parameters.with("subscription", subscriptionId);
        var query = "subscriptionId = :subscription";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return Page.of(find(query, Sort.descending("createdAt").and("id"), parameters), page, size);
    }

    /** Every attempt at these deliveries, oldest first. */
    Uni<List<DeliveryAttempt>> attemptsAt(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                        "from DeliveryAttempt where array_has(:ids, deliveryId) order by attemptedAt, id", DeliveryAttempt.class)
                        .setParameter("ids", deliveryIds.toArray(UUID[]::new))
                        .getResultList());
    }

    /** A disabled subscription's waiting deliveries are given up, so none waits for ever. */
    Uni<Integer> giveUpWaiting(UUID subscriptionId) {
        return update("status = ?1, lastError = ?2 where subscriptionId = ?3 and status = ?4", WebhookDelivery.DEAD,
                "subscription disabled", subscriptionId, WebhookDelivery.PENDING);
    }
}
