package org.carepath.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Topics;
import org.carepath.insights.facts.Facts;
import org.carepath.insights.facts.Generations;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** {@code care.careplans.v1} into the facts ({@link Facts} says what each event type adds). */
@ApplicationScoped
public class CarePlanEventsHandler {

    private final IdempotentConsumer consumer;
    private final Facts facts;

    public CarePlanEventsHandler(IdempotentConsumer consumer, Facts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("careplans")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("insights-careplans", message, Facts.COUNTED,
                event -> facts.record(Topics.CAREPLANS, event, Generations.LIVE_AND_BUILDING));
    }
}
