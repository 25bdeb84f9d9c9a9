package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What an accepted referral starts here, and what its cancellation or rejection ends: the accepting
 * organisation's read access to the person's open episodes, and, for a package-of-care service
 * (as the directory says), the "package of care confirmed" milestone. Each effect is applied in the
 * consumer's transaction, with its events through the outbox.
 */
@ApplicationScoped
public class AcceptedReferrals {

    private final EpisodeRepository episodes;
    private final Changes changes;

    public AcceptedReferrals(EpisodeRepository episodes, Changes changes) {
        this.episodes = episodes;
        this.changes = changes;
    }

    /** Once per referral: a repeat finds its access already granted. */
    public Uni<Void> accepted(ReferralAccepted accepted) {
        return Panache.getSession()
                .chain(session -> session.find(ReferralAccess.class, accepted.referralId()))
                .chain(known -> known != null ? Uni.createFrom().voidItem() : grant(accepted));
    }

    /** Cancelled or rejected: the access ends, and the milestone it met passes to another accepted referral or goes back. */
    public Uni<Void> ended(UUID referralId, Instant at) {
        return Panache.getSession()
                .chain(session -> session.find(ReferralAccess.class, referralId))
                .chain(access -> access == null || !access.isLive() ? Uni.createFrom().voidItem() : withdraw(access, at));
    }

    /**
     * The directory says what a service gives. A referral accepted before this service was known
     * (the two topics are read side by side) counts now, if it is a package of care.
     */
    public Uni<Void> servicePublished(CareServicePublished published) {
        return oneAtATimeFor(published.serviceId())
                .chain(Panache::getSession)
                .chain(session -> session.find(ServiceKind.class, published.serviceId())
                        .map(known -> known != null ? known : new ServiceKind(published.serviceId()))
                        .invoke(kind -> kind.learn(published.category(), published.at()))
                        .call(session::persist))
                .chain(kind -> kind.isPackageOfCare() ? countedLate(published.serviceId()) : Uni.createFrom().voidItem());
    }

    private Uni<Void> grant(ReferralAccepted accepted) {
        return oneAtATimeFor(accepted.serviceId())
                .chain(Panache::getSession)
                .chain(session -> session.find(ServiceKind.class, accepted.serviceId())
                        .map(kind -> new ReferralAccess(accepted.referralId(), accepted.nhsNumber(),
                                accepted.targetOrganisation(), accepted.targetTeam(), accepted.serviceId(),
                                kind != null && kind.isPackageOfCare(), accepted.at()))
                        .call(session::persist))
                .chain(access -> access.packageOfCare() ? arranged(access) : Uni.createFrom().voidItem());
    }

    /**
     * The two topics are read side by side, each event in its own transaction: an acceptance and its
     * service's category arriving together could each miss the other's uncommitted row, and the referral
     * would never count. Both take this lock on the service first, so the second sees what the first wrote.
     */
    private static Uni<Void> oneAtATimeFor(UUID serviceId) {
        if (serviceId == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:service, 0))) as locked",
                                Long.class)
                        .setParameter("service", serviceId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }

    private Uni<Void> arranged(ReferralAccess access) {
        return eachOpenEpisode(access.nhsNumber(), episode -> episode.packageOfCareArranged(
                access.referralId(), access.organisation(), access.team(), access.acceptedAt()));
    }

    private Uni<Void> withdraw(ReferralAccess access, Instant at) {
        access.end(at);
        if (!access.packageOfCare()) {
            return Uni.createFrom().voidItem();
        }
        return latestOtherPackageOfCare(access)
                .chain(other -> eachOpenEpisode(access.nhsNumber(),
                        episode -> episode.packageOfCareWithdrawn(access.referralId(), other, at)));
    }

    /** The most recently accepted package of care for the person that still stands, besides this one. */
    private Uni<Optional<ReferralAccess>> latestOtherPackageOfCare(ReferralAccess ended) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from ReferralAccess where nhsNumber = :nhs and packageOfCare = true"
                        + " and endedAt is null and referralId <> :ended order by acceptedAt desc", ReferralAccess.class)
                .setParameter("nhs", ended.nhsNumber())
                .setParameter("ended", ended.referralId())
                .setMaxResults(1)
                .getResultList())
                .map(found -> found.stream().findFirst());
    }

    private Uni<Void> countedLate(UUID serviceId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from ReferralAccess where serviceId = :service and endedAt is null"
                        + " and packageOfCare = false", ReferralAccess.class)
                .setParameter("service", serviceId)
                .getResultList())
                .chain(uncounted -> Multi.createFrom().iterable(uncounted)
                        .invoke(ReferralAccess::countAsPackageOfCare)
                        .onItem().transformToUniAndConcatenate(this::arranged)
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> eachOpenEpisode(String nhsNumber, Function<InpatientEpisode, Change> change) {
        return episodes.openForPerson(nhsNumber)
                .chain(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(episode -> changes.save(change.apply(episode)))
                        .collect().last())
                .replaceWithVoid();
    }
}
