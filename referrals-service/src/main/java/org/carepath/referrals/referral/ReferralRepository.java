package org.carepath.referrals.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.carepath.platform.api.Page;
import org.carepath.platform.persistence.EnumLiterals;
import org.carepath.platform.security.CareActor;
import org.carepath.referrals.triage.Priority;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** The open statuses as literals, so Hibernate keeps the query's SQL: the duplicate guard runs on every submit. */
    private static final String OPEN_TO_SERVICE = "nhsNumber = ?1 and serviceId = ?2 and status in "
            + EnumLiterals.of(Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen).toList());

    /** Still waiting for a response: literals too, as the overdue check runs on a schedule for ever. */
    private static final String WAITING = "status in " + EnumLiterals.of(List.of(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED));

    /** The person's open referrals to the service, oldest first: the duplicate guard. */
    Uni<List<Referral>> openReferrals(String nhsNumber, UUID serviceId) {
        return find(OPEN_TO_SERVICE, Sort.by("submittedAt").and("id"), nhsNumber, serviceId).list();
    }

    /**
     * Referrals the actor's organisation sent or received, or that a redirect made on its behalf, newest
     * first; a status narrows it. Each of the three sides is read in order from its own index, only as
     * far as the page reaches, so a hospital that referred 100,000 people gets its first page at once.
     */
    Uni<Page<Referral>> involving(CareActor actor, ReferralStatus status, int page, int size) {
        String narrowed = status == null ? "" : " and status = :status";
        String side = "(select id from referral where %s = :organisation" + narrowed
                + " order by submitted_at desc, id desc limit :reach)";
        String involved = String.format(side, "referring_organisation") + " union " + String.format(side, "target_organisation")
                + " union " + String.format(side, "original_referrer");
        return Page.firstResult(page, size).chain(first -> Panache.getSession().chain(session -> {
            var items = session.createNativeQuery("select * from referral where id in (" + involved + ")"
                            + " order by submitted_at desc, id desc", Referral.class)
                    .setParameter("organisation", actor.organisation())
                    .setParameter("reach", first + size)
                    .setFirstResult(first)
                    .setMaxResults(size);
            var total = session.createNativeQuery("select count(*) from referral where (referring_organisation = :organisation"
                            + " or target_organisation = :organisation or original_referrer = :organisation)" + narrowed, Long.class)
                    .setParameter("organisation", actor.organisation());
            if (status != null) {
                items.setParameter("status", status.name());
                total.setParameter("status", status.name());
            }
            return items.getResultList()
                    .chain(found -> total.getSingleResult().map(count -> new Page<>(found, page, size, count)));
        }));
    }

    /** Referrals the actor's organisation may read (as {@link #involving}) that match every criterion, last changed first. */
    Uni<Page<Referral>> search(CareActor actor, ReferralSearch search, int page, int size) {
        StringBuilder query = new StringBuilder("(referringOrganisation = :organisation or targetOrganisation = :organisation"
                + " or originalReferrer = :organisation)");
        Parameters parameters = Parameters.with("organisation", actor.organisation());
        narrow(query, parameters, "id", search.referralId());
        narrow(query, parameters, "nhsNumber", search.nhsNumber());
        narrow(query, parameters, "serviceId", search.serviceId());
        narrow(query, parameters, "targetOrganisation", search.receivingOrganisation());
        if (search.statuses() != null) {
            query.append(" and status in :statuses");
            parameters.and("statuses", search.statuses());
        }
        if (search.updatedFrom() != null) {
            query.append(" and updatedAt >= :updatedFrom");
            parameters.and("updatedFrom", search.updatedFrom());
        }
        if (search.updatedBefore() != null) {
            query.append(" and updatedAt < :updatedBefore");
            parameters.and("updatedBefore", search.updatedBefore());
        }
        return Page.of(find(query.toString(), Sort.descending("updatedAt").and("id"), parameters), page, size);
    }

    private static void narrow(StringBuilder query, Parameters parameters, String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }

    /**
     * The receiving team's triage worklist: ungraded first (they need looking at), then high, medium
     * and low risk; within a grade the most urgent priority; then the least time left. V8's worklist_rank
     * holds grade and priority, so the referrals of each status to each of the triager's teams, and to no
     * team, are read in that order from their index, only as far as the page reaches, and merged: a front
     * door with thousands waiting reads about a page, and counts them from the indexes alone. A triager of
     * no team sees the referrals to no team (and to a team named "", which the directory allows).
     */
    Uni<Page<Referral>> worklist(CareActor triager, Set<ReferralStatus> statuses, Priority priority, int page, int size) {
        List<String> teams = List.copyOf(triager.teams().isEmpty() ? Set.of("") : triager.teams());
        List<String> asked = statuses.stream().map(ReferralStatus::name).toList();
        String narrowed = priority == null ? "" : " and priority = :priority";
        String bucket = "(select * from referral where target_organisation = :organisation and %s and status = :status%d"
                + narrowed + " order by worklist_rank, due_at, id limit :reach)";
        List<String> buckets = new ArrayList<>();
        for (int s = 0; s < asked.size(); s++) {
            buckets.add(String.format(bucket, "target_team is null", s));
            for (int t = 0; t < teams.size(); t++) {
                buckets.add(String.format(bucket, "target_team = :team" + t, s));
            }
        }
        String counted = "(select count(*) from referral where target_organisation = :organisation and %s"
                + " and status = any(:statuses)" + narrowed + ")";
        return Page.firstResult(page, size).chain(first -> Panache.getSession().chain(session -> {
            var items = session.createNativeQuery("select * from (" + String.join(" union all ", buckets) + ") worklist"
                            + " order by worklist_rank, due_at, id", Referral.class)
                    .setParameter("organisation", triager.organisation())
                    .setParameter("reach", first + size)
                    .setFirstResult(first)
                    .setMaxResults(size);
            for (int s = 0; s < asked.size(); s++) {
                items.setParameter("status" + s, asked.get(s));
            }
            for (int t = 0; t < teams.size(); t++) {
                items.setParameter("team" + t, teams.get(t));
            }
            var total = session.createNativeQuery("select " + String.format(counted, "target_team is null") + " + "
                            + String.format(counted, "target_team = any(:teams)"), Long.class)
                    .setParameter("organisation", triager.organisation())
                    .setParameter("teams", teams.toArray(String[]::new))
                    .setParameter("statuses", asked.toArray(String[]::new));
            if (priority != null) {
                items.setParameter("priority", priority.name());
                total.setParameter("priority", priority.name());
            }
            return items.getResultList()
                    .chain(found -> total.getSingleResult().map(count -> new Page<>(found, page, size, count)));
        }));
    }

    /** Referrals still waiting for a response after their target, reported or not. */
    Uni<Long> pastResponseTarget(Instant now) {
        return count(WAITING + " and dueAt <= ?1", now);
    }

    /** Referrals past their response target and not yet reported, locked so two replicas report each once. */
    public Uni<List<Referral>> overdue(Instant now, int limit) {
        return find(WAITING + " and dueAt <= ?1 and overdueNotifiedAt is null", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list();
    }
}
