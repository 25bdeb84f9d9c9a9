package org.carepath.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Topics;
import org.carepath.insights.facts.Facts;
import org.carepath.insights.facts.Generations;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/**
 * Every topic read into the facts, each as its own consumer ({@link Facts} says what each event type adds), written
 * to the live generation and to one being rebuilt.
 */
@ApplicationScoped
public class CareEventsHandler {

    private final IdempotentConsumer consumer;
    private final Facts facts;

    public CareEventsHandler(IdempotentConsumer consumer, Facts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("referrals")
    public Uni<Void> onReferral(Message<String> message) {
        return record("insights-referrals", Topics.REFERRALS, message);
    }

    @Incoming("directory")
    public Uni<Void> onDirectory(Message<String> message) {
        return record("insights-directory", Topics.DIRECTORY, message);
    }

    @Incoming("discharges")
    public Uni<Void> onDischarge(Message<String> message) {
        return record("insights-discharges", Topics.DISCHARGES, message);
    }

    @Incoming("careplans")
    public Uni<Void> onCarePlan(Message<String> message) {
        return record("insights-careplans", Topics.CAREPLANS, message);
    }

    private Uni<Void> record(String consumerName, String topic, Message<String> message) {
        return consumer.consume(consumerName, message, Facts.COUNTED,
                event -> facts.record(topic, event, Generations.LIVE_AND_BUILDING));
    }
}
