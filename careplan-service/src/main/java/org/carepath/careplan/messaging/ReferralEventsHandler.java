package org.carepath.careplan.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.team.CareTeamService;
import org.carepath.events.CloudEvent;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;

/** Routes {@code care.referrals.v1} events to the care teams. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final IdempotentConsumer consumer;
    private final CareTeamService teams;

    public ReferralEventsHandler(IdempotentConsumer consumer, CareTeamService teams) {
        this.consumer = consumer;
        this.teams = teams;
    }

    private static final Set<String> ACTS_ON = Set.of(ReferralAccepted.TYPE, ReferralCompleted.TYPE,
            ReferralCancelled.TYPE, ReferralRejected.TYPE);

    @Incoming("referrals")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.consume("care-teams", message, ACTS_ON, this::route);
    }

    private Uni<Void> route(CloudEvent<?> event) {
        return switch (event.type()) {
            case ReferralAccepted.TYPE -> teams.referralAccepted((ReferralAccepted) event.data());
            case ReferralCompleted.TYPE -> teams.referralCompleted((ReferralCompleted) event.data());
            case ReferralCancelled.TYPE -> cancelled((ReferralCancelled) event.data());
            case ReferralRejected.TYPE -> rejected((ReferralRejected) event.data());
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> cancelled(ReferralCancelled cancelled) {
        return teams.referralEnded(cancelled.referralId(), cancelled.nhsNumber(), "referral cancelled: " + cancelled.reason(),
                cancelled.by(), cancelled.at());
    }

    private Uni<Void> rejected(ReferralRejected rejected) {
        return teams.referralEnded(rejected.referralId(), rejected.nhsNumber(), "referral rejected: " + rejected.reason(),
                rejected.by(), rejected.at());
    }
}
