package org.carepath.identity.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;
import org.carepath.platform.domain.NotVisible;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** The enabled subscriptions to an event type: looked up for every event the consumer applies. */
    Uni<List<WebhookSubscription>> enabledFor(String eventType) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        select * from webhook_subscription
                        where enabled and cast(event_types as jsonb) @> jsonb_build_array(cast(?1 as text))""",
                        WebhookSubscription.class)
                        .setParameter(1, eventType)
                        .getResultList());
    }

    /** The organisation's subscription; another organisation's answers as one that does not exist. */
    Uni<WebhookSubscription> ofOrganisation(UUID id, String organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation).firstResult()
                .onItem().ifNull().failWith(() -> notFound(id));
    }

    Uni<Page<WebhookSubscription>> ofOrganisation(String organisation, int page, int size) {
        return Page.of(find("organisation = ?1", Sort.descending("createdAt").and("id"), organisation), page, size);
    }

    static NotVisible notFound(UUID id) {
        return new NotVisible("no webhook subscription " + id);
    }
}
