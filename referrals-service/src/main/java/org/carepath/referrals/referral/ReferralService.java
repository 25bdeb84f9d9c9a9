package org.carepath.referrals.referral;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.referrals.messaging.ReferralEventsOut;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralService {

    private final ReferralRepository referrals;
    private final ReferralEventsOut events;
    private final Clock clock;

    public ReferralService(ReferralRepository referrals, ReferralEventsOut events, Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.clock = clock;
    }

    /** The referral and its {@code referral.submitted} event commit together, or neither does. */
    public Uni<Referral> submit(String nhsNumber, String targetOrganisation, String reason, CareActor referrer) {
        Referral referral = Referral.draft(nhsNumber, targetOrganisation, reason, referrer);
        var submitted = referral.submit(clock.instant());
        return Panache.withTransaction(() -> referrals.persist(referral)
                .call(() -> events.submitted(submitted)));
    }

    /** A referral the actor may see; one they may not is reported as missing, so its existence does not leak. */
    public Uni<Referral> find(UUID id, CareActor actor) {
        return Panache.withSession(() -> referrals.findById(id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no referral " + id))
                .invoke(referral -> {
                    if (!referral.isVisibleTo(actor)) {
                        throw ProblemException.notFound("no referral " + id);
                    }
                });
    }
}
