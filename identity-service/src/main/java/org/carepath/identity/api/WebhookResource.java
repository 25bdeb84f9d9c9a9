package org.carepath.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.webhook.DeliveryAttempt;
import org.carepath.identity.webhook.DeliveryLog;
import org.carepath.identity.webhook.Subscriptions;
import org.carepath.identity.webhook.WebhookDelivery;
import org.carepath.identity.webhook.WebhookSubscription;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** Signed webhooks (Standard Webhooks) for an organisation's systems that cannot consume Kafka; by its admin. */
@Path("/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final Subscriptions subscriptions;
    private final DeliveryLog log;
    private final Callers callers;

    public WebhookResource(Subscriptions subscriptions, DeliveryLog log, Callers callers) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.callers = callers;
    }

    /**
     * @param url        https, on a public address
     * @param eventTypes CloudEvent types, e.g. referral.accepted
     */
    public record Subscribe(@NotBlank @Size(max = Limits.URL) String url,
            @NotEmpty @Size(max = Limits.EVENT_TYPES) List<@NotBlank @Size(max = Limits.SHORT_NAME) String> eventTypes) {
    }

    /** {@code secret} only in the answer to a creation or a rotation; {@code status} enabled or disabled. */
    public record SubscriptionView(UUID id, String organisation, String url, List<String> eventTypes, String status,
            String createdBy, Instant createdAt, Instant secretRotatedAt, Instant previousSecretValidUntil,
            String disabledBy, Instant disabledAt, String secret) {

        static SubscriptionView of(WebhookSubscription subscription) {
            return of(subscription, null);
        }

        static SubscriptionView withSecret(WebhookSubscription subscription) {
            return of(subscription, subscription.secret());
        }

        private static SubscriptionView of(WebhookSubscription subscription, String secret) {
            return new SubscriptionView(subscription.id(), subscription.organisation(), subscription.url(),
                    subscription.eventTypes(), subscription.enabled() ? "enabled" : "disabled", subscription.createdBy(),
                    subscription.createdAt(), subscription.rotatedAt(), subscription.previousSecretUntil(),
                    subscription.disabledBy(), subscription.disabledAt(), secret);
        }
    }

    public record AttemptView(Instant at, Integer httpStatus, String error, int latencyMs) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.attemptedAt(), attempt.httpStatus(), attempt.error(), attempt.latencyMs());
        }
    }

    /** {@code status} pending, delivered or dead; {@code attempts} since it was last queued, {@code log} all of them. */
    public record DeliveryView(UUID id, UUID subscriptionId, String eventId, String eventType, String status,
            int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastHttpStatus,
            String lastError, Instant deliveredAt, String redeliveredBy, Instant redeliveredAt, List<AttemptView> log) {

        static DeliveryView of(DeliveryLog.Logged logged) {
            WebhookDelivery delivery = logged.delivery();
            return new DeliveryView(delivery.id(), delivery.subscriptionId(), delivery.eventId(), delivery.eventType(),
                    delivery.status(), delivery.attempts(), delivery.createdAt(), delivery.nextAttemptAt(),
                    delivery.lastAttemptAt(), delivery.lastHttpStatus(), delivery.lastError(), delivery.deliveredAt(),
                    delivery.redeliveredBy(), delivery.redeliveredAt(),
                    logged.attempts().stream().map(AttemptView::of).toList());
        }
    }

    @POST
    @Path("/subscriptions")
    @Operation(summary = "Subscribe an https endpoint to event types; the answer holds the signing secret, shown only now")
    public Uni<RestResponse<SubscriptionView>> subscribe(@NotNull @Valid Subscribe request) {
        return callers.current()
                .chain(caller -> subscriptions.subscribe(request.url(), request.eventTypes(), caller))
                .map(created -> RestResponse.ResponseBuilder.<SubscriptionView>created(
                                URI.create("/webhooks/subscriptions/" + created.id()))
                        .entity(SubscriptionView.withSecret(created))
                        .build());
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "The caller's organisation's subscriptions, newest first")
    public Uni<Page<SubscriptionView>> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> subscriptions.list(caller, page, size))
                .map(found -> found.map(SubscriptionView::of));
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(summary = "One of the caller's organisation's subscriptions (another organisation's: 404)")
    public Uni<SubscriptionView> get(@RestPath UUID id) {
        return callers.current()
                .chain(caller -> subscriptions.get(id, caller))
                .map(SubscriptionView::of);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(summary = "Disable the subscription: nothing more is queued or sent, waiting deliveries are given up")
    public Uni<SubscriptionView> disable(@RestPath UUID id) {
        return callers.current()
                .chain(caller -> subscriptions.disable(id, caller))
                .map(SubscriptionView::of);
    }

    @POST
    @Path("/subscriptions/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new signing secret, shown only now; the previous one still signs beside it for the overlap")
    public Uni<SubscriptionView> rotateSecret(@RestPath UUID id) {
        return callers.current()
                .chain(caller -> subscriptions.rotateSecret(id, caller))
                .map(SubscriptionView::withSecret);
    }

    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first, with every attempt: time, HTTP status or error, latency")
    public Uni<Page<DeliveryView>> deliveries(@RestPath UUID id,
            @RestQuery @Pattern(regexp = "pending|delivered|dead", message = "must be pending, delivered or dead") String status,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> log.of(id, status, caller, page, size))
                .map(found -> found.map(DeliveryView::of));
    }

    @POST
    @Path("/deliveries/{id}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Queue a dead or delivered delivery again with a full set of attempts; one still queued is left as it is")
    public Uni<RestResponse<DeliveryView>> redeliver(@RestPath UUID id) {
        return callers.current()
                .chain(caller -> log.redeliver(id, caller))
                .map(logged -> RestResponse.accepted(DeliveryView.of(logged)));
    }
}
