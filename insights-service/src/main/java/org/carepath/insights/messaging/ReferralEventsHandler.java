package org.carepath.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Topics;
import org.carepath.insights.facts.Facts;
import org.carepath.insights.facts.Generations;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** {@code care.referrals.v1} into the facts ({@link Facts} says what each event type adds). */
@ApplicationScoped
public class ReferralEventsHandler {

    private final IdempotentConsumer consumer;
    private final Facts facts;

    public ReferralEventsHandler(IdempotentConsumer consumer, Facts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("insights-referrals", message, Facts.COUNTED,
                event -> facts.record(Topics.REFERRALS, event, Generations.LIVE_AND_BUILDING));
    }
}
