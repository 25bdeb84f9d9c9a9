package org.carepath.discharge.episode;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The referrals discharge-service knows from care.referrals.v1, and how far each has got: what a delay
 * may be linked to, and what its chain is derived from. Written in the consumer's transaction, which
 * records the event id with it, so each event applies once.
 */
@ApplicationScoped
public class KnownReferrals {

    /** One step of a referral, applied to its row (created when the referral is first heard of). */
    public Uni<Void> record(UUID referralId, String nhsNumber, Consumer<ReferralProgress> step) {
        return Panache.getSession()
                .chain(session -> session.find(ReferralProgress.class, referralId)
                        .map(known -> known != null ? known : new ReferralProgress(referralId, nhsNumber))
                        .invoke(step)
                        .call(session::persist))
                .replaceWithVoid();
    }

    /** The referral a link names, if known here (for anyone: the episode checks it is the person's). */
    Uni<Optional<ReferralProgress>> find(WaitingOn waitingOn) {
        if (waitingOn == null || waitingOn.referralId() == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession()
                .chain(session -> session.find(ReferralProgress.class, waitingOn.referralId()))
                .map(Optional::ofNullable);
    }

    /** Every referral known for these people, by id: a redirect's onward referral is the same person's. */
    Uni<Map<UUID, ReferralProgress>> ofPeople(Collection<String> nhsNumbers) {
        if (nhsNumbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("from ReferralProgress where array_has(:people, nhsNumber)",
                                ReferralProgress.class)
                        .setParameter("people", nhsNumbers.toArray(String[]::new))
                        .getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(ReferralProgress::referralId, Function.identity())));
    }
}
