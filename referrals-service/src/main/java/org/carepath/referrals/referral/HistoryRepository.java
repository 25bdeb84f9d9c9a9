package org.carepath.referrals.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** A referral's transitions and notes thread, each read in time order. */
@ApplicationScoped
public class HistoryRepository {

    Uni<List<ReferralTransition>> transitions(UUID referralId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from ReferralTransition where referralId = :id order by at, id", ReferralTransition.class)
                .setParameter("id", referralId)
                .getResultList());
    }

    Uni<Page<ReferralNote>> notes(UUID referralId, int page, int size) {
        return Page.firstResult(page, size)
                .chain(first -> Panache.getSession().chain(session -> session
                        .createSelectionQuery("from ReferralNote where referralId = :id order by at, id", ReferralNote.class)
                        .setParameter("id", referralId)
                        .setFirstResult(first)
                        .setMaxResults(size)
                        .getResultList()
                        .chain(items -> session.createSelectionQuery(
                                        "select count(*) from ReferralNote where referralId = :id", Long.class)
                                .setParameter("id", referralId)
                                .getSingleResult()
                                .map(total -> new Page<>(items, page, size, total)))));
    }

    Uni<Void> add(ReferralNote note) {
        return Panache.getSession().chain(session -> session.persist(note));
    }
}
